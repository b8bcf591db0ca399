import { describe, expect, it } from 'vitest';
import { STATES } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

// "you" as the subject of a stance verb names no actor: the speaker's "we" before it is not the
// subject. Sentences written for these tests.

const { peru } = STATES;
const tom = personSpec('tom-brevik', 'Tom Brevik', 'Brevik');
const said = (quote: string): string[] =>
  stanceTriples(
    `"${quote}," Tom Brevik said on Monday.`,
    [tom, peru],
    ['OPPOSES', 'SUPPORTS'],
    [{ text: quote, speakerId: tom.id }],
  );

describe('findSubject: an addressed "you" is the subject', () => {
  it('gives no stance to the speaker for what "you" do', () => {
    expect(said('We know you are supporting Peru')).toEqual([]);
    expect(said('We hope you will not attack Peru')).toEqual([]);
    expect(said('We think you really should back Peru')).toEqual([]);
  });

  it("still reads the speaker's own stance", () => {
    expect(said('We told you we support Peru')).toEqual(['SUPPORTS person:tom-brevik state:PER']);
    expect(said('You know we back Peru')).toEqual(['SUPPORTS person:tom-brevik state:PER']);
  });
});
