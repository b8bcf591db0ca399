import { describe, expect, it } from 'vitest';
import { extract } from '../index.js';

function stances(text: string): string[] {
  return extract(`Headline.\n\n${text}`, {}, { pairStance: true })
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

  it('reads a said-complement when asked', () => {
    expect(stances('Vorn said Lune had "betrayed" the voters.')).toEqual([
      'person:vorn OPPOSES person:lune',
    ]);
  });

  it('is off by default', () => {
    expect(extract('Headline.\n\nBill Vorn met Ada Lune in Geneva.').relations).toEqual([]);
  });
});
