import { describe, expect, it } from 'vitest';
import { analyze } from '../index.js';
import { extractRelations } from './index.js';
import { STATES, ORGS, type EntitySpec } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

// Material coercion whose target is not the verb's bare object: what is taken from someone,
// what someone is stripped of, whose property is frozen. Sentences written for these tests.

const { chile, peru, france, russia } = STATES;
const { eu } = ORGS;
const arica: EntitySpec = { id: 'loc:arica', type: 'Location', names: ['Arica'] };
const front: EntitySpec = { id: 'org:andes-front', type: 'Organization', names: ['Andes Front'] };
const mara = personSpec('mara-quist', 'Mara Quist', 'Quist');
const tomas = personSpec('tomas-reyes', 'Tomas Reyes', 'Reyes');

describe('coercionFrames: taking by force from someone', () => {
  it('sets the taker against the one a named place is taken from', () => {
    expect(stanceTriples('Peru seized Arica from Chile in 1880.', [peru, chile, arica])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
  });

  it('reads control, power and a town taken from an actor ("wrested back control of")', () => {
    expect(
      stanceTriples('The Andes Front wrested back control of Arica from the Chilean army.', [
        front,
        chile,
        arica,
      ]),
    ).toEqual(['OPPOSES org:andes-front state:CHL']);
    expect(
      stanceTriples('The Andes Front captured the town from Peruvian forces on Sunday.', [
        front,
        peru,
      ]),
    ).toEqual(['OPPOSES org:andes-front state:PER']);
  });

  it('gives nothing for things bought or taken that are no place or power', () => {
    expect(stanceTriples('Peru bought the port from Chile.', [peru, chile])).toEqual([]);
    expect(stanceTriples('Mara Quist grabbed the lead from Tomas Reyes.', [mara, tomas])).toEqual(
      [],
    );
  });

  it('gives nothing when the taking is denied, possible or conditional', () => {
    const both = [peru, chile, arica];
    expect(stanceTriples('Peru did not seize Arica from Chile.', both)).toEqual([]);
    expect(stanceTriples('Peru could seize Arica from Chile.', both)).toEqual([]);
    expect(stanceTriples('If Peru seized Arica from Chile, Lima would celebrate.', both)).toEqual(
      [],
    );
    expect(stanceTriples('Did Peru seize Arica from Chile?', both)).toEqual([]);
  });

  it('gives nothing for a place taken from people a state only describes', () => {
    expect(
      stanceTriples('The Andes Front seized Arica from Chilean protesters.', [front, chile, arica]),
    ).toEqual([]);
    const text =
      'Hezbollah seized Crimea from a Mexican cartel. Hezbollah seized Crimea from Mexican forces.';
    const found = extractRelations(analyze(text, { headline: false }), {}).map(
      (r) => `${r.type} ${r.source} ${r.target} ${r.evidence[0]?.text.includes('forces')}`,
    );
    expect(found).toEqual(['OPPOSES org:hezbollah state:MEX true']);
  });
});

describe('coercionFrames: stripping someone of something', () => {
  it('sets the one stripping against the one deprived', () => {
    expect(stanceTriples('Russia stripped Mara Quist of her citizenship.', [russia, mara])).toEqual(
      ['OPPOSES state:RUS person:mara-quist'],
    );
    expect(
      stanceTriples('France deprived the Andes Front of its licence.', [france, front]),
    ).toEqual(['OPPOSES state:FRA org:andes-front']);
  });

  it('gives nothing when negated or proposed', () => {
    expect(
      stanceTriples('Russia did not strip Mara Quist of her citizenship.', [russia, mara]),
    ).toEqual([]);
    expect(
      stanceTriples('Russia proposed stripping Mara Quist of her citizenship.', [russia, mara]),
    ).toEqual([]);
  });
});

describe('coercionFrames: freezing the property of someone', () => {
  it('aims the freeze at the owner ("froze Y\'s assets", "the accounts of Y")', () => {
    expect(stanceTriples("The EU froze Russia's assets.", [eu, russia])).toEqual([
      'OPPOSES org:european-union state:RUS',
    ]);
    expect(stanceTriples('France froze the bank accounts of Mara Quist.', [france, mara])).toEqual([
      'OPPOSES state:FRA person:mara-quist',
    ]);
    expect(
      stanceTriples("France froze Mara Quist's overseas holdings on Monday.", [france, mara]),
    ).toEqual(['OPPOSES state:FRA person:mara-quist']);
  });

  it('gives nothing for a freeze that is denied, possible, passive or of something else', () => {
    expect(stanceTriples("The EU did not freeze Russia's assets.", [eu, russia])).toEqual([]);
    expect(stanceTriples("The EU might freeze Russia's assets.", [eu, russia])).toEqual([]);
    expect(stanceTriples("Russia's assets were frozen.", [eu, russia])).toEqual([]);
    expect(stanceTriples("France froze Mara Quist's pension plan.", [france, mara])).toEqual([]);
    expect(stanceTriples('Peru froze hiring after Chile objected.', [peru, chile])).toEqual([]);
  });
});

describe('verbFrame: the agent of a passive coercion', () => {
  it('reads a state, and a government body it modifies, as the agent', () => {
    expect(stanceTriples('The Andes Front was banned by Chile.', [front, chile])).toEqual([
      'OPPOSES state:CHL org:andes-front',
    ]);
    expect(
      stanceTriples('The Andes Front was banned by the Chilean government on Monday.', [
        front,
        chile,
      ]),
    ).toEqual(['OPPOSES state:CHL org:andes-front']);
  });

  it('gives nothing for a court or people the state only describes, as for a subject', () => {
    expect(stanceTriples('The Andes Front was fined by a Chilean court.', [front, chile])).toEqual(
      [],
    );
    expect(stanceTriples('A Chilean court fined the Andes Front.', [front, chile])).toEqual([]);
    expect(
      stanceTriples('Mara Quist was criticised by Chilean protesters.', [mara, chile]),
    ).toEqual([]);
  });
});

describe('threatenedCoercion: a threat of a coercive act', () => {
  it('sets the one threatening against the one threatened', () => {
    expect(stanceTriples('Peru threatened to sanction Chile.', [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
    expect(
      stanceTriples('Peru has threatened to impose punitive tariffs on Chile.', [peru, chile]),
    ).toEqual(['OPPOSES state:PER state:CHL']);
    expect(stanceTriples('Peru threatened new sanctions against Chile.', [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
  });

  it('gives nothing for a threat denied, possible, questioned or conditional', () => {
    const both = [peru, chile];
    expect(stanceTriples('Peru did not threaten to sanction Chile.', both)).toEqual([]);
    expect(stanceTriples('Peru may threaten to sanction Chile.', both)).toEqual([]);
    expect(stanceTriples('Did Peru threaten to sanction Chile?', both)).toEqual([]);
    expect(stanceTriples('If Peru threatened to sanction Chile, Lima would lose.', both)).toEqual(
      [],
    );
  });

  it('gives nothing for a threat of support or an actor inside a clause on the object', () => {
    expect(stanceTriples('Mara Quist threatened to back Tomas Reyes.', [mara, tomas])).toEqual([]);
    expect(
      stanceTriples('Peru threatened to veto the bill that allows lawsuits against Chile.', [
        peru,
        chile,
      ]),
    ).toEqual([]);
  });
});

describe('isNonFactual: a gerund after "after" or "while" under a proposal', () => {
  it('keeps the act of the adjunct, which happened, under a verb of demand', () => {
    expect(
      stanceTriples('Peru demanded payment after hitting Chile with a tax bill.', [peru, chile]),
    ).toEqual(['OPPOSES state:PER state:CHL']);
    expect(stanceTriples('Peru called for calm while attacking Chile.', [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
  });

  it('still gives nothing under a negation or modal, or after "by" in a proposal', () => {
    const both = [peru, chile];
    expect(stanceTriples('Peru may demand payment after hitting Chile with a fine.', both)).toEqual(
      [],
    );
    expect(stanceTriples('Peru proposed ending the row by attacking Chile.', both)).toEqual([]);
  });
});

describe('coercionFrames: the passive of stripping and freezing', () => {
  it('sets the agent after "by" against the one deprived or the owner', () => {
    expect(
      stanceTriples('Mara Quist was stripped of her citizenship by Russia.', [russia, mara]),
    ).toEqual(['OPPOSES state:RUS person:mara-quist']);
    expect(
      stanceTriples("Russia's central bank reserves have been frozen by the EU.", [eu, russia]),
    ).toEqual(['OPPOSES org:european-union state:RUS']);
  });

  it('gives nothing without an acting agent, or when negated', () => {
    expect(
      stanceTriples('Mara Quist was stripped of her citizenship by a Russian court.', [
        russia,
        mara,
      ]),
    ).toEqual([]);
    expect(
      stanceTriples('Mara Quist was not stripped of her citizenship by Russia.', [russia, mara]),
    ).toEqual([]);
    expect(stanceTriples("Russia's assets were frozen in March.", [eu, russia])).toEqual([]);
  });
});
