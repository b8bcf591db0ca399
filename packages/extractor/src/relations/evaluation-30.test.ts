import { describe, expect, it } from 'vitest';
import { analyze } from '../index.js';
import { extractRelations } from './index.js';
import { ORGS, STATES } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

// Evaluations of an actor's act (stop 30), on sentences written for these tests: a feeling of
// disapproval stated about an act a named actor owns, critics named by a list, and an act "by"
// a named actor that draws a judgement.

const { france, germany, chile, peru, uk, china } = STATES;
const { eu } = ORGS;
const mara = personSpec('mara-quist', 'Mara Quist', 'Quist');
const tomas = personSpec('tomas-reyes', 'Tomas Reyes', 'Reyes');
const oppose = (s: string, t: string): string => `OPPOSES ${s} ${t}`;
/** The stances of the whole pipeline, mentions found as in an article. */
const read = (text: string): string[] =>
  extractRelations(analyze(text, { headline: false }), {})
    .filter((r) => r.type === 'OPPOSES' || r.type === 'SUPPORTS')
    .map((r) => `${r.type} ${r.source} ${r.target}`);

describe('extractRelations: concern, dismay and alarm about an owned act', () => {
  it('reads "voiced concern over Y\'s record" as opposing the owner', () => {
    expect(
      stanceTriples("Chile voiced concern over Peru's human rights record.", [chile, peru]),
    ).toEqual([oppose('state:CHL', 'state:PER')]);
  });

  it('reads "expressed deep dismay at Y\'s decision to ..." and "alarm about the move by Y"', () => {
    expect(
      stanceTriples("Chile expressed deep dismay at Peru's decision to close the border.", [
        chile,
        peru,
      ]),
    ).toEqual([oppose('state:CHL', 'state:PER')]);
    expect(
      stanceTriples('Chile has expressed alarm about the move by Peru to expel envoys.', [
        chile,
        peru,
      ]),
    ).toEqual([oppose('state:CHL', 'state:PER')]);
  });

  it('reads a feeling after a copula: "is alarmed by Y\'s move", "said it was concerned"', () => {
    expect(
      stanceTriples("France is deeply alarmed by Germany's latest move.", [france, germany]),
    ).toEqual([oppose('state:FRA', 'state:DEU')]);
    expect(
      stanceTriples("Mara Quist said she was troubled by Tomas Reyes's handling of the talks.", [
        mara,
        tomas,
      ]),
    ).toEqual([oppose('person:mara-quist', 'person:tomas-reyes')]);
  });

  it('reads a state or demonym owning the act: "the Chinese decision", "Chinese military activities"', () => {
    expect(
      stanceTriples('Britain raised concerns about the Chinese decision.', [uk, china]),
    ).toEqual([oppose('state:GBR', 'state:CHN')]);
    expect(read('Britain voiced concern about Chinese military activities.')).toEqual([
      oppose('state:GBR', 'state:CHN'),
    ]);
    expect(read('Britain voiced concern about Chinese students.')).toEqual([]);
  });

  it('gives nothing for concern "for" someone, "concern that", or about what no actor did', () => {
    expect(
      stanceTriples("Chile expressed concern for Peru's flood victims.", [chile, peru]),
    ).toEqual([]);
    expect(
      stanceTriples('Chile expressed concern that Peru would close its ports.', [chile, peru]),
    ).toEqual([]);
    expect(stanceTriples("Chile voiced concern over Peru's economy.", [chile, peru])).toEqual([]);
    expect(
      stanceTriples("Chile voiced concern over Peru's treatment in the report.", [chile, peru]),
    ).toEqual([]);
  });

  it('gives nothing when the feeling is denied, modal, questioned or hypothetical', () => {
    for (const text of [
      "Chile did not express concern about Peru's decision.",
      "Chile voiced no concern over Peru's decision.",
      "Chile might voice concern over Peru's decision.",
      "Did Chile voice concern over Peru's decision?",
      "If Chile voiced concern over Peru's decision, Peru would reconsider.",
      "Chile is not concerned about Peru's decision.",
    ])
      expect(stanceTriples(text, [chile, peru]), text).toEqual([]);
  });

  it('gives nothing when what an actor owns raises the concern ("Y\'s decision raised concerns")', () => {
    expect(
      stanceTriples("Chile's decision raised concerns over Peru's plans.", [chile, peru]),
    ).toEqual([]);
  });

  it('gives nothing for an act owned by a pronoun ("its decision")', () => {
    expect(stanceTriples('Chile voiced concern about its decision.', [chile, peru])).toEqual([]);
  });
});

describe('extractRelations: regret and approval stated about an owned act', () => {
  it('reads "expressed regret over Y\'s decision" as opposing, "voiced approval of Y\'s plan" as backing', () => {
    expect(stanceTriples("Chile expressed regret over Peru's decision.", [chile, peru])).toEqual([
      oppose('state:CHL', 'state:PER'),
    ]);
    expect(stanceTriples("Chile voiced approval of Peru's new plan.", [chile, peru])).toEqual([
      'SUPPORTS state:CHL state:PER',
    ]);
    expect(stanceTriples("Chile is happy with Peru's policy.", [chile, peru])).toEqual([
      'SUPPORTS state:CHL state:PER',
    ]);
  });

  it('gives nothing for a denied approval or a regret over no act', () => {
    expect(stanceTriples("Chile is not happy with Peru's policy.", [chile, peru])).toEqual([]);
    expect(stanceTriples("Chile expressed regret over Peru's losses.", [chile, peru])).toEqual([]);
  });
});

describe('extractRelations: critics named by a list', () => {
  it('reads "Critics, including X and Z, say Y\'s plan ..." as each critic opposing the owner', () => {
    expect(
      stanceTriples(
        "Critics, including France and Germany, say the European Union's plan could hurt workers.",
        [france, germany, eu],
      ),
    ).toEqual([
      oppose('state:DEU', 'org:european-union'),
      oppose('state:FRA', 'org:european-union'),
    ]);
  });

  it('reads "Critics of Y\'s plan, including X, say ..."', () => {
    expect(
      stanceTriples("Critics of Peru's plan, including Chile, say it is costly.", [chile, peru]),
    ).toEqual([oppose('state:CHL', 'state:PER')]);
  });

  it('reads "Among the critics of Y were X and Z" and "Critics of Y\'s plan include X"', () => {
    expect(
      stanceTriples("Among the critics of Peru's reform were Chile and France.", [
        chile,
        peru,
        france,
      ]),
    ).toEqual([oppose('state:CHL', 'state:PER'), oppose('state:FRA', 'state:PER')]);
    expect(stanceTriples("Critics of Peru's plan include Chile.", [chile, peru])).toEqual([
      oppose('state:CHL', 'state:PER'),
    ]);
  });

  it('reads "X joined other critics of Y" and gives nothing when the joining is refused', () => {
    expect(stanceTriples('Chile joined other critics of Peru.', [chile, peru])).toEqual([
      oppose('state:CHL', 'state:PER'),
    ]);
    expect(
      stanceTriples("Chile has joined the chorus of critics of Peru's plan.", [chile, peru]),
    ).toEqual([oppose('state:CHL', 'state:PER')]);
    expect(stanceTriples('Chile refused to join other critics of Peru.', [chile, peru])).toEqual(
      [],
    );
  });

  it('gives nothing for someone else\'s critics ("Peru\'s critics, including X, say ...")', () => {
    expect(
      stanceTriples("Peru's critics, including Chile, say France's plan is costly.", [
        chile,
        peru,
        france,
      ]),
    ).not.toContain(oppose('state:CHL', 'state:FRA'));
  });

  it('gives nothing when the critics say something of an act no one owns here', () => {
    expect(
      stanceTriples('Critics, including Chile, say prices could rise for Peru.', [chile, peru]),
    ).toEqual([]);
  });
});

describe('extractRelations: an act "by" a named actor that draws a judgement', () => {
  it('reads "The decision by Y drew criticism from X" and its passive', () => {
    expect(
      stanceTriples('The decision by Peru to expel envoys drew sharp criticism from Chile.', [
        chile,
        peru,
      ]),
    ).toEqual([oppose('state:CHL', 'state:PER')]);
    expect(
      stanceTriples('The move by Peru was criticised by Chile and France.', [chile, peru, france]),
    ).toEqual([oppose('state:CHL', 'state:PER'), oppose('state:FRA', 'state:PER')]);
  });

  it('gives nothing for "drew no criticism"', () => {
    expect(stanceTriples('The plan by Peru drew no criticism from Chile.', [chile, peru])).toEqual(
      [],
    );
  });
});
