import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

describe('linkPartyHeads', () => {
  it('takes "X party" for the listed X Party, the word "party" in the mention', () => {
    const a = analyze('Berlin argued. A Left party lawmaker spoke against the plan.', {
      headline: false,
    });
    const party = a.entities.find((e) => e.id === 'org:die-linke');
    expect(party?.mentions.map((m) => m.text)).toEqual(['Left party']);
  });

  it('leaves a name before "party" that no listed party has', () => {
    const a = analyze('A Kelvaro party lawmaker spoke against the plan.', { headline: false });
    expect(a.entities.some((e) => e.id === 'org:die-linke')).toBe(false);
  });
});
