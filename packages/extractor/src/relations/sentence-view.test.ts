import { describe, expect, it } from 'vitest';
import { extractRelations } from './index.js';
import { STATES, analysisOf, type EntitySpec } from './test-analysis.js';

const { japan, us } = STATES;

function triples(text: string, entities: EntitySpec[]): string[] {
  return extractRelations(analysisOf(text, entities), {})
    .map((r) => `${r.type} ${r.source} ${r.target}`)
    .sort();
}

describe('buildSentenceView: the shared tokenizer', () => {
  it('reads a possessive after a dotted name as after a plain one', () => {
    const plain = triples("Japan is Washington's closest ally in the region.", [japan, us]);
    expect(plain).toEqual(['ALLIED_WITH state:JPN state:USA']);
    expect(triples("Japan is the U.S.'s closest ally in the region.", [japan, us])).toEqual(plain);
    expect(triples('Japan is the U.S.’s closest ally in the region.', [japan, us])).toEqual(plain);
  });
});
