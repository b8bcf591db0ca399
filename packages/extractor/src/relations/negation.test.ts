import { describe, expect, it } from 'vitest';
import { extractRelations } from './index.js';
import { ORGS, STATES, analysisOf, type EntitySpec } from './test-analysis.js';

const { brazil, chile, peru } = STATES;
const entities: EntitySpec[] = [brazil, chile, peru, ORGS.mercosur];

function count(text: string): number {
  return extractRelations(analysisOf(text, entities), {}).length;
}

describe('extractRelations: negation, modality and hypotheticals', () => {
  it.each([
    "Peru did not oppose Brazil's bid.",
    'Peru has never backed Chile.',
    'Brazil no longer supports Chile.',
    'It is unclear whether Peru should join Mercosur.',
    'If Brazil joins Mercosur, Chile may end up criticising Peru.',
    'Peru could condemn Chile.',
    'Peru might reject the offer from Brazil.',
    'A bigger role for Mercosur would be viewed skeptically by Chile.',
    'Peru called for Chile to consider sanctions against Brazil.',
    'Does Peru support Chile?',
    'Peru wants to join Mercosur.',
    'Peru refused to back Chile.',
    'Peru denied supporting Chile.',
    'Peru urged Chile to reject the proposal by Brazil.',
    'Peru and Chile applied for membership of Mercosur in May.',
    'Chile has submitted its application for membership in Mercosur.',
    'Peru, a prospective member of Mercosur, sent observers.',
    'Chile, a would-be member of Mercosur, objected.',
    'Peru, a candidate for membership of Mercosur, waited.',
    'Brazil vetoed a Mercosur resolution on fishing quotas.',
  ])('gives no relation for %j', (text) => {
    expect(count(text)).toBe(0);
  });

  it('keeps a fact stated through a licensing verb ("voted to back")', () => {
    expect(count('Peru voted to back Chile.')).toBe(1);
  });

  it('keeps a fact whose clause follows a hypothetical one', () => {
    expect(count('Peru condemned Brazil; if talks fail, Chile may follow.')).toBe(1);
  });
});
