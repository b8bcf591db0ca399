import { describe, expect, it } from 'vitest';
import { STATES } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

const { brazil, chile, peru, us, uk } = STATES;
const ruiz = personSpec('ruiz', 'Ana Ruiz');
const ALL = [brazil, chile, peru, us, uk, ruiz];

describe('wantedEnd', () => {
  it("reads wanting Y's thing ended as opposing Y", () => {
    expect(stanceTriples("Chile wants Peru's fishing quotas to end.", ALL)).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
    expect(stanceTriples('Ana Ruiz wants the UK budget rebate to come to an end.', ALL)).toEqual([
      'OPPOSES person:ruiz state:GBR',
    ]);
    expect(stanceTriples('Brazil wanted the U.S. arms embargo lifted.', ALL)).toEqual([
      'OPPOSES state:BRA state:USA',
    ]);
    expect(stanceTriples('Brazil wants the Chilean tariffs to be scrapped.', ALL)).toEqual([
      'OPPOSES state:BRA state:CHL',
    ]);
  });

  it('gives nothing for a negated or modal want, an owner asked to act, or no owner', () => {
    expect(stanceTriples("Chile does not want Peru's quotas to end.", ALL)).toEqual([]);
    expect(stanceTriples("Chile may want Peru's quotas lifted.", ALL)).toEqual([]);
    expect(stanceTriples('Chile wants Peru to end its quotas.', ALL)).toEqual([]);
    expect(stanceTriples('Chile wants the quotas to end.', ALL)).toEqual([]);
  });
});
