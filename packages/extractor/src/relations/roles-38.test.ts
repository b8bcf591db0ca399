import { describe, expect, it } from 'vitest';
import { roles } from './test-roles.js';

// Two sentences that make Slovenia the article's state, so a title standing alone may be its.
const ARTICLE = 'Slovenia is in crisis. Slovenia has debts.';

describe('a connector between a name and a capitalised title ends the owner (stages/role-cues.ts titleOwnerBefore)', () => {
  it("gives the title after 'and' the article's state, not the organization before it", () => {
    expect(
      roles(`${ARTICLE} The envoy met Siemens and Economy Minister Jonas Wendt on Monday.`),
    ).toEqual(['REPRESENTS person:jonas-wendt state:SVN']);
  });

  it('keeps an owner right before the title, or a lower-case modifier away', () => {
    expect(roles(`${ARTICLE} The envoy met Croatia's Economy Minister Jonas Wendt.`)).toEqual([
      'REPRESENTS person:jonas-wendt state:HRV',
    ]);
    expect(roles(`${ARTICLE} The envoy met Croatia's new Economy Minister Jonas Wendt.`)).toEqual([
      'REPRESENTS person:jonas-wendt state:HRV',
    ]);
  });

  it('guesses no holder when another state stands before the connector, or the title is former', () => {
    expect(roles(`${ARTICLE} The envoy met Croatia and Economy Minister Jonas Wendt.`)).toEqual([]);
    expect(
      roles(`${ARTICLE} The envoy met Siemens and former Economy Minister Jonas Wendt.`),
    ).toEqual([]);
  });
});
