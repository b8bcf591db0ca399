import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeModel } from './model-io.js';
import { shippedTagger } from './load.js';
import { SequenceTagger } from './tagger.js';
import { bioSpans, shippedModelUrl, tagDocument, tagSentence } from './index.js';

const SENTENCE =
  'Harriet Quinlan , a spokeswoman for Siemens , said the company would open a plant near Leipzig next year .'.split(
    ' ',
  );

describe('shipped models', () => {
  it('tag persons, organizations and places in a sentence', () => {
    const tags = tagSentence(SENTENCE);
    expect(bioSpans(tags).map((s) => [SENTENCE.slice(s.start, s.end).join(' '), s.type])).toEqual([
      ['Harriet Quinlan', 'PER'],
      ['Siemens', 'ORG'],
      ['Leipzig', 'LOC'],
    ]);
  });

  it('tag parts of speech and chunks with the same learner', () => {
    const pos = tagSentence(SENTENCE, 'pos');
    expect(pos.slice(0, 5)).toEqual(['NNP', 'NNP', ',', 'DT', 'NN']);
    expect(pos[SENTENCE.indexOf('said')]).toBe('VBD');
    const chunks = tagSentence(SENTENCE, 'chunk');
    expect(chunks.slice(0, 5)).toEqual(['B-NP', 'I-NP', 'O', 'B-NP', 'I-NP']);
  });

  it('tag parts of speech and chunks together as each alone, the features computed once', () => {
    const words = [...SENTENCE, 'The', 'MAYOR', 'of', 'Leipzig', 'disagreed', '.'].map((text) => ({
      text,
    }));
    const pos = shippedTagger('pos');
    const chunk = shippedTagger('chunk');
    // Shorter sentences after a longer one: nothing of the longer one's features may leak.
    for (const sentence of [words, words.slice(3, 9), words.slice(0, 1)])
      expect(SequenceTagger.tagSentenceTogether(pos, chunk, sentence)).toEqual([
        pos.tagSentence(sentence),
        chunk.tagSentence(sentence),
      ]);
  });

  it('tag a document sentence by sentence', () => {
    const tagged = tagDocument([SENTENCE, ['Quinlan', 'left', '.']]);
    expect(tagged[1]).toEqual(['B-PER', 'O', 'O']);
  });

  it('are compact files with a calibrated proposal margin for NER', () => {
    const file = readFileSync(shippedModelUrl('ner'));
    expect(file.length).toBeLessThan(10_000_000);
    const model = decodeModel(file, 'ner');
    expect(model.tags).toEqual(expect.arrayContaining(['O', 'B-PER', 'I-ORG', 'B-LOC', 'B-MISC']));
    expect(model.proposalMargin).toBeGreaterThan(0);
  });
});
