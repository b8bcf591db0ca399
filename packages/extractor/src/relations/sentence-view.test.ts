import { describe, expect, it } from 'vitest';
import { ArticleContext } from './article-context.js';
import { extractRelations } from './index.js';
import { buildSentenceView } from './sentence-view.js';
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

describe('buildSentenceView: possessives', () => {
  it('marks the owner of a possessive split after a dot or a space, as the tokenizer marks one', () => {
    for (const text of ["Japan is the U.S.'s closest ally.", 'Japan is the U.S.’s closest ally.']) {
      const analysis = analysisOf(text, [japan, us]);
      const sentence = analysis.sentences[0];
      if (sentence === undefined) throw new Error('no sentence');
      const view = buildSentenceView(new ArticleContext(analysis), sentence);
      const owner = view.words.indexOf("'s") - 1;
      expect(view.words[owner]).toBe('u.s.');
      expect(view.tokens[owner]?.poss).toBe(true);
      expect(view.tokens.filter((t) => t.poss)).toHaveLength(1);
    }
  });

  it('marks the owner of a plain possessive and nothing else', () => {
    const analysis = analysisOf("Japan is Washington's closest ally.", [japan, us]);
    const sentence = analysis.sentences[0];
    if (sentence === undefined) throw new Error('no sentence');
    const view = buildSentenceView(new ArticleContext(analysis), sentence);
    expect(view.tokens.filter((t) => t.poss).map((t) => t.text)).toEqual(['Washington']);
  });
});
