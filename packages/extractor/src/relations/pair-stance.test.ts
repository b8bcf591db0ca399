import { describe, expect, it } from 'vitest';
import { extract } from '../index.js';

function stances(text: string, pairStance = true): string[] {
  return extract(`Headline.\n\n${text}`, {}, { pairStance })
    .relations.filter((r) => r.type === 'OPPOSES' || r.type === 'SUPPORTS')
    .map((r) => `${r.source} ${r.type} ${r.target}`);
}

describe('pairStance (extract with pairStance)', () => {
  it.each([
    'Bill Vorn met Ada Lune in Geneva.',
    'Did Bill Vorn stand behind Ada Lune during the scandal?',
    'Bill Vorn did not stand behind Ada Lune during the scandal.',
    'If Bill Vorn stands behind Ada Lune, the party will split.',
  ])('adds nothing to "%s"', (text) => {
    expect(stances(text)).toEqual([]);
  });

  // Stop 40's gate (pair-syntax.ts joinedByVerb): a speech verb between the two gives no
  // classifier edge; stop 39's model read this said-complement as Vorn OPPOSES Lune. Since stop
  // 42 the rules read the quoted deed themselves (reported-judgement.ts), so the classifier must
  // add nothing to what they give.
  it('adds nothing across a speech verb', () => {
    const text = 'Vorn said Lune had "betrayed" the voters.';
    expect(stances(text)).toEqual(stances(text, false));
  });

  it('is off by default', () => {
    expect(extract('Headline.\n\nBill Vorn met Ada Lune in Geneva.').relations).toEqual([]);
  });
});
