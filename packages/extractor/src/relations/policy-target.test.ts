import { describe, expect, it } from 'vitest';
import { ORGS, STATES } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

// A stance on a policy the sentence does not say whose it is ("backed the proposals") aims at
// the owner the discourse named for a policy of its kind; sentences written for these tests.

const { brazil, chile, peru, us } = STATES;
const { eu } = ORGS;
const ines = personSpec('ines-vidal', 'Ines Vidal', 'Vidal');

describe('extractRelations: the owner of a policy named earlier', () => {
  it('finds the subject that unveiled, proposed or decided it', () => {
    const plan =
      'Peru unveiled a plan to cut fuel duties on Friday. Ines Vidal backed the proposals.';
    expect(stanceTriples(plan, [peru, ines])).toEqual(['SUPPORTS person:ines-vidal state:PER']);
    const decided = 'Chile has decided to close two ports. Brazil condemned the decision.';
    expect(stanceTriples(decided, [chile, brazil])).toEqual(['OPPOSES state:BRA state:CHL']);
  });

  it('reads a possessor, a premodifier or an agent as the owner', () => {
    expect(
      stanceTriples("Peru's move surprised traders. Later Chile said it regrets any such step.", [
        peru,
        chile,
      ]),
    ).toEqual(['OPPOSES state:CHL state:PER']);
    expect(
      stanceTriples('The EU decision came late. Brazil hailed the "bold" move.', [eu, brazil]),
    ).toEqual(['SUPPORTS state:BRA org:european-union']);
    expect(
      stanceTriples('The ban was announced on Monday by Chile. Peru rejected the measures.', [
        chile,
        peru,
      ]),
    ).toEqual(['OPPOSES state:PER state:CHL']);
  });

  it('reads "its" after the one state that opens the sentence', () => {
    const text =
      'The United States faced questions over its decision to leave, while Peru welcomed the move.';
    expect(stanceTriples(text, [us, peru])).toEqual(['SUPPORTS state:PER state:USA']);
  });

  it("gives nothing for the source's own policy, two owners, denial or a far owner", () => {
    expect(
      stanceTriples('Peru unveiled a plan on Friday. Peru defended the proposals.', [peru]),
    ).toEqual([]);
    expect(
      stanceTriples(
        'Peru and Chile each unveiled a plan. Peru unveiled a plan and Chile unveiled a plan. Brazil backed the proposals.',
        [peru, chile, brazil],
      ).filter((t) => t.includes('BRA')),
    ).toEqual([]);
    expect(
      stanceTriples('Peru unveiled a plan on Friday. Brazil did not back the proposals.', [
        peru,
        brazil,
      ]),
    ).toEqual([]);
    const far = 'Peru unveiled a plan. ' + 'It rained. '.repeat(8) + 'Brazil backed the plan.';
    expect(stanceTriples(far, [peru, brazil])).toEqual([]);
  });

  it('does not take a state before a measure for its owner', () => {
    expect(
      stanceTriples('The Chile sanctions hurt exports. Prices rose. Brazil backed the measures.', [
        chile,
        brazil,
      ]),
    ).toEqual([]);
  });

  it('reads the policy judged, passivised or named by a stance noun', () => {
    const plan = 'Peru unveiled a plan to cut fuel duties. ';
    expect(stanceTriples(plan + 'Chile said the plan was a grave mistake.', [peru, chile])).toEqual(
      ['OPPOSES state:CHL state:PER'],
    );
    expect(stanceTriples(plan + 'The plan was welcomed by Chile.', [peru, chile])).toEqual([
      'SUPPORTS state:CHL state:PER',
    ]);
    expect(stanceTriples(plan + 'Chile voiced support for the plan.', [peru, chile])).toEqual([
      'SUPPORTS state:CHL state:PER',
    ]);
  });

  it('gives nothing for a judged, passive or nominal stance denied, hedged or on its own policy', () => {
    const plan = 'Peru unveiled a plan to cut fuel duties. ';
    expect(stanceTriples(plan + 'Chile said the plan would be a mistake.', [peru, chile])).toEqual(
      [],
    );
    expect(stanceTriples(plan + 'The plan was not welcomed by Chile.', [peru, chile])).toEqual([]);
    expect(stanceTriples(plan + 'Peru voiced support for the plan.', [peru, chile])).toEqual([]);
  });

  it('finds owners that plan, move or offer, and stances drawn from others', () => {
    expect(
      stanceTriples('Peru plans to raise steel duties. Prices rose. Chile condemned the plan.', [
        peru,
        chile,
      ]),
    ).toEqual(['OPPOSES state:CHL state:PER']);
    expect(
      stanceTriples('A proposal from Peru reached the assembly. Chile backed the proposal.', [
        peru,
        chile,
      ]),
    ).toEqual(['SUPPORTS state:CHL state:PER']);
    const plan = 'Peru unveiled a plan to cut fuel duties. ';
    expect(
      stanceTriples(plan + 'The plan drew sharp criticism from Chile.', [peru, chile]),
    ).toEqual(['OPPOSES state:CHL state:PER']);
    expect(stanceTriples(plan + 'The plan drew no criticism from Chile.', [peru, chile])).toEqual(
      [],
    );
  });
});
