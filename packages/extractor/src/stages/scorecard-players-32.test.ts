import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

const typed = (text: string): Array<[string, string]> =>
  body(text).mentions.map((m) => [m.type, m.text]);

describe('cricket scorecards: players, not teams', () => {
  it('reads a name before bowling figures as a player', () => {
    const text =
      'CRICKET - SCOREBOARD .\nT. Oduya c Vance b Ratnayake 45\nBowling : Ratnayake 8-1-30-1 , Oduya 10-0-41-2 , Mbeki 6.5-1-23-4 .';
    const orgs = typed(text).filter(([type]) => type === 'Organization');
    expect(orgs).toEqual([]);
    expect(typed(text)).toContainEqual(['Person', 'Ratnayake']);
  });

  it('reads a batter before the dismissal as a player', () => {
    const text =
      'CRICKET - SCOREBOARD .\nSam Vance lbw b Ratnayake 4\nJo Oduya c Vance b Ratnayake 21\nRatnayake 8-1-30-1 .';
    const orgs = typed(text).filter(([type]) => type === 'Organization');
    expect(orgs).toEqual([]);
  });

  it('still reads a side before its score as a team', () => {
    const text =
      'CRICKET - COUNTY RESULTS .\nRedhill : Wessexshire 210 and 95-3 , Barsetshire 180 .';
    expect(
      typed(text)
        .filter(([type]) => type === 'Organization')
        .map(([, t]) => t),
    ).toEqual(['Wessexshire', 'Barsetshire']);
  });
});
