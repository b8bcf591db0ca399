import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

// "The top Democrat on the Senate intelligence committee": a party's member noun followed by a
// preposition describes one of its people, not a body or a place. Sentences written for these
// tests.

const names = (text: string): string[] =>
  analyze(text, { headline: false }).entities.map((e) => `${e.type}:${e.name}`);

describe('dropFalseOrganizations: a party member described by a preposition', () => {
  it('makes no body or place of "Democrat on the Senate ..." or "Republican on the House ..."', () => {
    const a = names(
      'The top Democrat on the Senate intelligence committee knocked Mike Flynn over his failure.',
    );
    expect(a.some((n) => n.includes('Democrat on'))).toBe(false);
    const b = names('The top Republican on the House panel criticized Tom Brevik.');
    expect(b.some((n) => n.includes('Republican on'))).toBe(false);
  });

  it('keeps a listed body and the party named alone', () => {
    expect(names('Democrats in Congress attacked Tom Brevik on Monday.')).toEqual(
      expect.arrayContaining(['Organization:Democratic Party', 'Person:Tom Brevik']),
    );
    expect(names('The Council on Foreign Relations said so.')).toEqual([
      'Organization:Council on Foreign Relations',
    ]);
  });
});
