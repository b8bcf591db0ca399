import { describe, expect, it } from 'vitest';
import type { Mention } from '../types.js';
import { mentionKinds, runGated, ORGANIZATION, PERSON, STATE } from './rule-gate.js';
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

describe('runGated', () => {
  it('runs in order the rules whose needed kinds are all there, and every rule without needs', () => {
    const ran: string[] = [];
    const rule = (name: string, needs?: number) => ({
      run: () => void ran.push(name),
      ...(needs === undefined ? {} : { needs }),
    });
    const rules = [
      rule('always'),
      rule('person', PERSON),
      rule('person and body', PERSON | ORGANIZATION),
      rule('state', STATE),
      rule('last'),
    ];
    runGated(rules, undefined, PERSON | STATE);
    expect(ran).toEqual(['always', 'person', 'state', 'last']);
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
