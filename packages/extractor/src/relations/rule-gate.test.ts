import { describe, expect, it } from 'vitest';
import type { Mention } from '../types.js';
import { holds, mentionKinds, ORGANIZATION, PERSON, STATE } from './rule-gate.js';
import { roles } from './test-roles.js';

const mention = (type: Mention['type']): Mention => ({
  start: 0,
  end: 1,
  text: 'X',
  entityId: 'x',
  type,
  sentence: 0,
  kind: 'name',
});

describe('mentionKinds', () => {
  it('sets one bit per kind present, none for places', () => {
    expect(mentionKinds([])).toBe(0);
    expect(mentionKinds([mention('Location')])).toBe(0);
    expect(mentionKinds([mention('Person'), mention('Person')])).toBe(PERSON);
    expect(mentionKinds([mention('State'), mention('Organization')])).toBe(STATE | ORGANIZATION);
  });
});

describe('holds', () => {
  it('is true only when every needed kind is there; nothing needed always holds', () => {
    expect(holds(PERSON | STATE, PERSON)).toBe(true);
    expect(holds(PERSON | STATE, PERSON | ORGANIZATION)).toBe(false);
    expect(holds(PERSON | ORGANIZATION, PERSON | ORGANIZATION)).toBe(true);
    expect(holds(0, 0)).toBe(true);
  });
});

describe('gated role rules', () => {
  it('still read a party member, a listed member and a state as a member', () => {
    expect(
      roles(
        'Anna Berg, a member of the Green Party, spoke on Monday. Among members of the Green ' +
          'Party including Anna Berg and Tom Hale, few agreed. Germany, as a member of NATO, objected.',
      ),
    ).toEqual([
      'MEMBER_OF person:anna-berg org:green-party',
      'MEMBER_OF person:tom-hale org:green-party',
      'MEMBER_OF state:DEU org:nato',
    ]);
  });
});
