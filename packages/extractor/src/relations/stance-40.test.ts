import { describe, expect, it } from 'vitest';
import { ORGS, STATES, type EntitySpec } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

// Stop 40, on sentences written for these tests: a noun's complement that a finite verb ends,
// "no" before a "from" cue, reactions drawn "from" an actor, an age in a stance apposition, givers
// of money, verbs of taunting and obstruction, attacks "upon", a judgement made "by calling", and
// "Y, whom he praised" read as the one other person's stance; "held Y responsible", "propped up Y";
// a reaction "from lawmakers, including Y"; no shared subject for "saw Z propping up Y".
// Each with what the construction must not say.

const { france, germany, russia, chile } = STATES;
const { eu } = ORGS;
const ilse = personSpec('ilse-marr', 'Ilse Marr', 'Marr');
const tomas = personSpec('tomas-vidal', 'Tomas Vidal', 'Vidal');
const oren = personSpec('oren-kade', 'Oren Kade', 'Kade');
const all = [france, germany, russia, chile, eu, ilse, tomas, oren];
const triples = (text: string): string[] => stanceTriples(text, all);
const opposes = (s: EntitySpec, t: EntitySpec): string => `OPPOSES ${s.id} ${t.id}`;
const supports = (s: EntitySpec, t: EntitySpec): string => `SUPPORTS ${s.id} ${t.id}`;

describe('complementEnded: a finite verb after the noun complement', () => {
  it('gives the noun no target in the next clause', () => {
    for (const text of [
      "France's attacks on the judiciary worried Germany.",
      "France's criticism of the budget angered Germany.",
      "France's support for the rebels has alarmed Germany.",
      "France's support for the rebels will alarm Germany.",
    ])
      expect(triples(text), text).toEqual([]);
  });

  it('keeps a complement that names the actor, or a reduced relative that names its owner', () => {
    expect(triples("France's criticism of Germany worried Chile.")).toEqual([
      opposes(france, germany),
    ]);
    expect(triples("France's support for the plan adopted by Germany was clear.")).toEqual([
      supports(france, germany),
    ]);
    expect(triples("France's support for newly elected Ilse Marr was clear.")).toEqual([
      supports(france, ilse),
    ]);
  });
});

describe('from frame: reactions drawn from an actor', () => {
  it('opposes the owner of what drew an objection, and backs the one given kudos', () => {
    expect(triples("France's remarks drew an objection from Germany.")).toEqual([
      opposes(germany, france),
    ]);
    expect(triples('France faced outrage from Germany over the vote.')).toEqual([
      opposes(germany, france),
    ]);
    expect(triples("France's plan won kudos from Germany.")).toEqual([supports(germany, france)]);
  });

  it('says nothing when none came, or when modal, asked or conditional', () => {
    for (const text of [
      "France's remarks drew no objection from Germany.",
      'France faced no criticism from Germany.',
      'France won no support from Germany.',
      "France's remarks could draw an objection from Germany.",
      "Did France's remarks draw an objection from Germany?",
      "If France's remarks draw an objection from Germany, the talks will end.",
    ])
      expect(triples(text), text).toEqual([]);
  });
});

describe('apposition: an age before the stance noun', () => {
  it('reads "a 40-year-old Y supporter" as it reads "a lifelong Y supporter"', () => {
    expect(triples('Ilse Marr, a 40-year-old Chile supporter, spoke first.')).toEqual([
      supports(ilse, chile),
    ]);
    expect(triples('Ilse Marr, a 40-year-old Chile critic, spoke first.')).toEqual([
      opposes(ilse, chile),
    ]);
  });

  it('says nothing where the age is the whole apposition', () => {
    expect(triples('Ilse Marr, a 40-year-old, met a Chile supporter.')).toEqual([]);
  });
});

describe('agent frame: a giver of money supports its receiver', () => {
  it('reads "donor to", "funder of", "benefactor of"', () => {
    expect(triples('Germany was the largest donor to the EU in 2015.')).toEqual([
      supports(germany, eu),
    ]);
    expect(triples('Ilse Marr, a major funder of the EU, spoke first.')).toEqual([
      supports(ilse, eu),
    ]);
  });

  it('says nothing when denied, former, modal, asked or of another', () => {
    for (const text of [
      'Germany is not a donor to the EU.',
      'Ilse Marr, a former donor to the EU, spoke first.',
      'Germany could become a donor to the EU.',
      'Is Germany a donor to the EU?',
      'Ilse Marr met a donor to the EU.',
    ])
      expect(triples(text), text).toEqual([]);
  });
});

describe('verbs of taunting and obstruction, attacks upon, shielding', () => {
  it('opposes the actor taunted, jeered, swiped at, sabotaged or stonewalled', () => {
    expect(triples('France taunted Germany on Monday.')).toEqual([opposes(france, germany)]);
    expect(triples('Ilse Marr jeered Chile at the summit.')).toEqual([opposes(ilse, chile)]);
    expect(triples('Ilse Marr swiped at Russia on Monday.')).toEqual([opposes(ilse, russia)]);
    expect(triples('France stonewalled Germany for months.')).toEqual([opposes(france, germany)]);
    expect(triples('Germany was taunted by France on Monday.')).toEqual([opposes(france, germany)]);
    expect(triples("Russia's attacks upon Chile continued.")).toEqual([opposes(russia, chile)]);
  });

  it('backs the one shielded', () => {
    expect(triples('France shielded Germany at the summit.')).toEqual([supports(france, germany)]);
  });

  it('says nothing when negated, modal, asked or conditional', () => {
    for (const text of [
      'France did not taunt Germany.',
      'France may taunt Germany on Monday.',
      'Did France taunt Germany?',
      'If France taunts Germany, the talks will end.',
      "Russia's attacks upon the port worried Chile.",
    ])
      expect(triples(text), text).toEqual([]);
  });
});

describe('evaluation frame: a judgement made by calling', () => {
  it('gives the judging gerund after "by" the clause subject', () => {
    expect(triples('France responded by calling Germany a bully.')).toEqual([
      opposes(france, germany),
    ]);
    expect(triples('Ilse Marr replied to the letter by calling Chile a model.')).toEqual([
      supports(ilse, chile),
    ]);
  });

  it("says nothing when negated, modal or asked, and leaves another actor's act alone", () => {
    for (const text of [
      'France did not respond by calling Germany a bully.',
      'France could respond by calling Germany a bully.',
      'Did France respond by calling Germany a bully?',
    ])
      expect(triples(text), text).toEqual([]);
    expect(triples('France thanked Chile for calling Germany a bully.')).toEqual([
      supports(france, chile),
    ]);
  });
});

describe('relativeClauseSubject: "Y, whom he praised"', () => {
  it('gives the pronoun the one other person named before the antecedent', () => {
    expect(
      triples('Tomas Vidal has since met Ilse Marr, whom he has praised in the past.'),
    ).toEqual([supports(tomas, ilse)]);
    expect(triples('Tomas Vidal met Ilse Marr, whom he criticized last year.')).toEqual([
      opposes(tomas, ilse),
    ]);
  });

  it('says nothing when negated, modal, reported, ambiguous or of the other gender', () => {
    for (const text of [
      'Tomas Vidal met Ilse Marr, whom he has never criticized.',
      'Tomas Vidal met Ilse Marr, whom he might criticize.',
      'Tomas Vidal said Oren Kade met Ilse Marr, whom he criticized last year.',
      'Tomas Vidal and Oren Kade met Ilse Marr, whom he criticized last year.',
      'Tomas Vidal met Oren Kade, whom she criticized last year.',
      'Russia hosted Ilse Marr, whom he praised.',
    ])
      expect(triples(text), text).toEqual([]);
  });
});

describe('separable "hold Y responsible", and "prop up Y"', () => {
  it('opposes the one held responsible or accountable, backs the one propped up', () => {
    expect(triples('France held Germany responsible for the attack.')).toEqual([
      opposes(france, germany),
    ]);
    expect(triples('Chile holds Russia directly responsible for the outage.')).toEqual([
      opposes(chile, russia),
    ]);
    expect(triples('France will not hold Germany accountable.')).toEqual([]);
    expect(triples('Russia propped up Chile for years.')).toEqual([supports(russia, chile)]);
    expect(triples('Russia has been propping up the Chilean government.')).toEqual([
      supports(russia, chile),
    ]);
  });

  it('says nothing when negated, modal, asked, or for the bare verb', () => {
    for (const text of [
      'France did not hold Germany responsible for the attack.',
      'France may hold Germany responsible for the attack.',
      'Does France hold Germany responsible for the attack?',
      'France held Germany in high regard.',
      'France held talks with Germany.',
      'Russia did not prop up Chile.',
      'If Russia props up Chile, the talks will end.',
    ])
      expect(triples(text), text).toEqual([]);
  });
});

describe('listedFromSource: "criticism from lawmakers, including Y"', () => {
  it('gives the reaction to the actors the list names', () => {
    expect(triples("France's plan drew criticism from lawmakers, including Tomas Vidal.")).toEqual([
      opposes(tomas, france),
    ]);
    expect(
      triples('Ilse Marr faced criticism from several countries, including France and Germany.'),
    ).toEqual([opposes(germany, ilse), opposes(france, ilse)]);
    expect(triples('Ilse Marr won support from senior lawmakers, such as Tomas Vidal.')).toEqual([
      supports(tomas, ilse),
    ]);
  });

  it("reads a passive agent's list the same way", () => {
    expect(triples('Ilse Marr has been criticized by lawmakers, including Tomas Vidal.')).toEqual([
      opposes(tomas, ilse),
    ]);
    expect(
      triples('France was praised by several leaders, such as Ilse Marr and Oren Kade.'),
    ).toEqual([supports(ilse, france), supports(oren, france)]);
  });

  it('says nothing when none came, when modal, or when the list names no actor', () => {
    for (const text of [
      'Ilse Marr was not criticized by lawmakers, including Tomas Vidal.',
      'Ilse Marr may be criticized by lawmakers, including Tomas Vidal.',
      'Ilse Marr faced no criticism from lawmakers, including Tomas Vidal.',
      'Ilse Marr could face criticism from lawmakers, including Tomas Vidal.',
      'Ilse Marr faced criticism over several issues, including the tariffs.',
      "Ilse Marr faced criticism over several issues, including France's plan.",
    ])
      expect(triples(text), text).toEqual([]);
  });
});

describe('gerundAfterActor: "X saw Z propping up Y"', () => {
  it('does not give the gerund to a subject behind the name right before it', () => {
    for (const text of [
      'France saw Russia largely propping up Chile.',
      'France saw Russia criticizing Chile.',
      'Tomas Vidal watched Oren Kade attacking Ilse Marr.',
    ])
      expect(triples(text), text).toEqual([]);
  });

  it('keeps the subject of a participle after a comma or a plain object', () => {
    expect(triples('France sued Russia, accusing Chile of fraud.')).toEqual([
      opposes(france, chile),
      opposes(france, russia),
    ]);
    expect(triples('France spent millions attacking Chile.')).toEqual([opposes(france, chile)]);
  });
});
