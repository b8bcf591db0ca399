import { describe, expect, it } from 'vitest';
import { roles } from './test-roles.js';

describe('stateOfficeHolder', () => {
  it("gives a minister named beside a party the article's state, and the party his membership", () => {
    const found = roles(
      "Germany's economy grew on Monday. The visiting president will meet leading Social Democrats, " +
        "Finance Minister Hans Weber and Foreign Minister Karl Braun, while in Berlin. Germany's exports rose.",
    );
    expect(found).toContain('REPRESENTS person:hans-weber state:DEU');
    expect(found).toContain('REPRESENTS person:karl-braun state:DEU');
    expect(found.filter((r) => r.startsWith('REPRESENTS') && r.includes('org:'))).toEqual([]);
  });

  it('gives no state when the article names several alike', () => {
    const found = roles(
      'France and Germany argued on Monday. The president will meet leading Social Democrats, ' +
        'Finance Minister Hans Weber, while in Berlin. France and Germany will meet again.',
    );
    expect(found.filter((r) => r.startsWith('REPRESENTS'))).toEqual([]);
  });
});

describe('a title standing alone in an article about one state', () => {
  it('reads a portfolio word before the title as part of it, not as a holder', () => {
    const text =
      "Romania's government collapsed on Friday. Romania will vote in May. " +
      'The post went to Development Minister Vasile Ionescu after a row.';
    expect(roles(text)).toContain('REPRESENTS person:vasile-ionescu state:ROU');
  });

  it('does not step over a list of portfolios to a word that names none', () => {
    const text =
      "Romania's government collapsed on Friday. Romania will vote in May. " +
      'The plan came from the Justice, Freedom and Security Commissioner Vasile Ionescu on Monday.';
    expect(roles(text)).not.toContain('REPRESENTS person:vasile-ionescu state:ROU');
  });

  it('gives a state named twice, and no other, its minister', () => {
    const text =
      "Romania's government collapsed. Interior Minister Dan Popa resigned. Romania will vote.";
    expect(roles(text)).toContain('REPRESENTS person:dan-popa state:ROU');
  });

  it('gives a state named once no minister', () => {
    const text = "Romania's government collapsed. Interior Minister Dan Popa resigned on Friday.";
    expect(roles(text)).not.toContain('REPRESENTS person:dan-popa state:ROU');
  });
});
