import { describe, expect, it } from 'vitest';
import { roles } from './test-roles.js';

describe('counterparts', () => {
  it('reads "his German counterpart X" as X serving Germany', () => {
    expect(roles('Wang Yi spoke after a meeting with his German counterpart Tom Keller.')).toEqual([
      'REPRESENTS person:tom-keller state:DEU',
    ]);
  });
});

describe('words between a state and its title', () => {
  it('keeps the state the holder across "new", "ministry" or "army"', () => {
    expect(roles('"We will act," said Israel\'s new Defense Minister Tom Keller.')).toEqual([
      'REPRESENTS person:tom-keller state:ISR',
    ]);
    expect(roles('"It may be delayed," South Korean ministry spokesman Tom Keller said.')).toEqual([
      'REPRESENTS person:tom-keller state:KOR',
    ]);
    expect(
      roles('"They refuse peace," Yemen\'s army chief of staff Tom Keller told reporters.'),
    ).toEqual(['REPRESENTS person:tom-keller state:YEM']);
  });

  it('keeps the state the holder across its government, possessive or not, before a comma', () => {
    expect(roles("Chile's government's spokeswoman, Ana Ruiz, denied it.")).toEqual([
      'REPRESENTS person:ana-ruiz state:CHL',
    ]);
    expect(roles('The Chilean government spokeswoman, Ana Ruiz, denied it.')).toEqual([
      'REPRESENTS person:ana-ruiz state:CHL',
    ]);
    // Another noun between them is what the title belongs to, not the state.
    expect(roles("Chile's mining union's spokeswoman, Ana Ruiz, denied it.")).toEqual([]);
  });

  it('still gives a description no holder ("Burma\'s democracy leader")', () => {
    expect(roles("Burma's democracy leader Tom Keller was freed.")).toEqual([]);
  });
});
