import { describe, expect, it } from 'vitest';
import { ORGS, STATES, type EntitySpec } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

// Stances stated indirectly (stop 39), on sentences written for these tests: concern stated
// about an owned act in a "that" clause, regret of an owned act, an act owned through "of" or
// "by the", critics named in a list set off by dashes who believe something of an owned act, and
// a quoted feeling of being moved by an act. Each with what the construction must not say.

const { france, germany, russia, chile, peru } = STATES;
const { eu } = ORGS;
const ilse = personSpec('ilse-marr', 'Ilse Marr', 'Marr');
const commission: EntitySpec = {
  id: 'org:commission',
  type: 'Organization',
  names: ['Trade Commission'],
};
const all = [france, germany, russia, chile, peru, eu, ilse, commission];
const triples = (text: string): string[] => stanceTriples(text, all);
const opposes = (s: EntitySpec, t: EntitySpec): string => `OPPOSES ${s.id} ${t.id}`;
const supports = (s: EntitySpec, t: EntitySpec): string => `SUPPORTS ${s.id} ${t.id}`;

describe('actConcern: concern that an owned act ...', () => {
  it('opposes the owner of the act that opens the clause', () => {
    expect(
      triples(
        "Germany voiced deep concern that Russia's military buildup could unsettle the region.",
      ),
    ).toEqual([opposes(germany, russia)]);
    expect(triples("France is concerned that Chile's plans will hurt farmers.")).toEqual([
      opposes(france, chile),
    ]);
    expect(triples("Chile is concerned that France's plans will hurt farmers.")).toEqual([
      opposes(chile, france),
    ]);
  });

  it('says nothing when denied, modal, asked, conditional or claimed by another', () => {
    for (const text of [
      "Germany did not voice concern that Russia's military buildup could unsettle the region.",
      "Germany might voice concern that Russia's military buildup could unsettle the region.",
      "Did Germany voice concern that Russia's military buildup could unsettle the region?",
      "If Germany voiced concern that Russia's plans could unsettle the region, talks would stall.",
      "Peru claimed that Germany voiced concern that Russia's plans could unsettle the region.",
      "Peru claimed that Germany voiced concern over Russia's plans.",
    ])
      expect(triples(text), text).toEqual([]);
  });

  it('says nothing of concern for an actor, or a clause no owned act opens', () => {
    expect(triples("Germany expressed concern for Russia's safety.")).toEqual([]);
    expect(triples('Germany expressed concern that Russia could be hit by floods.')).toEqual([]);
    expect(
      triples("Germany expressed concern that Russia's president, Ilse Marr, was ill."),
    ).toEqual([]);
  });
});

describe('ownedActAt: an act owned through "of" or "by the"', () => {
  it('reads the owner after "of" for what an owner holds, and past "the" after "by"', () => {
    expect(triples('Peru voiced concern over the plans of the Trade Commission.')).toEqual([
      opposes(peru, commission),
    ]);
    expect(triples('Peru voiced concern over the decision by the Trade Commission.')).toEqual([
      opposes(peru, commission),
    ]);
  });

  it('does not read "of" after a noun of an act done to what follows', () => {
    expect(triples('Peru voiced concern over the handling of the Trade Commission.')).toEqual([]);
  });
});

describe('actRegret: a verb of regret before an owned act', () => {
  it('opposes the owner of the lamented act, either way round', () => {
    expect(triples("France lamented Chile's decision to leave the pact.")).toEqual([
      opposes(france, chile),
    ]);
    expect(triples('Chile bemoaned the move by France.')).toEqual([opposes(chile, france)]);
  });

  it('says nothing when denied, modal, asked, conditional or claimed by another', () => {
    for (const text of [
      "France did not lament Chile's decision.",
      "France may lament Chile's decision.",
      "Did France lament Chile's decision?",
      "If France laments Chile's decision, talks will stall.",
      "Peru claimed that France lamented Chile's decision.",
    ])
      expect(triples(text), text).toEqual([]);
  });

  it('says nothing of what an actor needs or suffers, nor of its own missed act', () => {
    expect(triples("France lamented the European Union's need to catch up.")).toEqual([]);
    expect(triples('France lamented the death of Ilse Marr.')).toEqual([]);
    expect(triples('France lamented missing the summit in Chile.')).toEqual([]);
  });
});

describe('criticsSay: a dashed list of critics and what they believe', () => {
  it('gives each listed critic the stance toward the owner of the act they judge', () => {
    expect(
      triples(
        'Critics – including France and Peru – believe the plans of the Trade Commission go too far.',
      ),
    ).toEqual([opposes(france, commission), opposes(peru, commission)]);
    expect(
      triples("Critics, including France and Peru, fear Chile's plan could hurt workers."),
    ).toEqual([opposes(france, chile), opposes(peru, chile)]);
  });

  it('says nothing when the critics deny it, may say it, or are asked', () => {
    for (const text of [
      "Critics – including France and Peru – do not believe Chile's plan could hurt workers.",
      "Critics – including France and Peru – may say Chile's plan could hurt workers.",
      "Do critics – including France and Peru – believe Chile's plan could hurt workers?",
    ])
      expect(triples(text), text).toEqual([]);
  });

  it("does not read another actor's critics or a list of supporters", () => {
    expect(
      triples(
        "Germany's critics – including France and Peru – believe Chile's plan could hurt workers.",
      ),
    ).toEqual([]);
  });
});

describe('actConcern: moved by an owned act', () => {
  it('backs the owner of the act that moved the subject, quoted or not', () => {
    expect(triples('Ilse Marr said she was "very moved" by Chile\'s announcement.')).toEqual([
      supports(ilse, chile),
    ]);
    expect(triples("Ilse Marr was deeply touched by Chile's decision.")).toEqual([
      supports(ilse, chile),
    ]);
  });

  it('says nothing when denied or modal, or when "moved" is no feeling', () => {
    expect(triples("Ilse Marr was not moved by Chile's announcement.")).toEqual([]);
    expect(triples("Ilse Marr would be moved by Chile's announcement.")).toEqual([]);
    expect(triples("The summit was moved over Chile's objections.")).toEqual([]);
    expect(triples('Ilse Marr was moved by the death of a Chilean poet.')).toEqual([]);
  });
});

describe('ownedActAt: a bare plural act and a quoted feeling', () => {
  it('reads "moves by Y" without a determiner, and a feeling inside quote marks', () => {
    expect(triples('Peru voiced concern over recent moves by Chile to close the border.')).toEqual([
      opposes(peru, chile),
    ]);
    expect(triples('Peru expressed its "deep regret" over Chile\'s decision.')).toEqual([
      opposes(peru, chile),
    ]);
  });

  it('says nothing when the concern is denied', () => {
    expect(triples('Peru did not voice concern over moves by Chile.')).toEqual([]);
  });
});
