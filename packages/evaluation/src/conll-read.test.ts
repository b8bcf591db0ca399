import { describe, expect, it } from 'vitest';
import { describeThrown } from '../../../graph-schema/src/test-fixtures.js';
import { readConll, tagSpans } from './conll-read.js';

const lines = (...rows: string[]): string => `${rows.join('\n')}\n`;

describe('readConll', () => {
  it('splits documents at -DOCSTART- and sentences at blank lines', () => {
    const docs = readConll(
      lines(
        '-DOCSTART- -X- -X- O',
        '',
        'Mira NNP B-NP B-PER',
        'Sol NNP I-NP I-PER',
        'wins VBZ B-VP O',
        '',
        'Oslo NNP B-NP B-LOC',
        '',
        '-DOCSTART- -X- -X- O',
        '',
        'Acme NNP B-NP B-ORG',
      ),
    );
    expect(docs).toEqual([
      {
        sentences: [
          { tokens: ['Mira', 'Sol', 'wins'], tags: ['B-PER', 'I-PER', 'O'] },
          { tokens: ['Oslo'], tags: ['B-LOC'] },
        ],
      },
      { sentences: [{ tokens: ['Acme'], tags: ['B-ORG'] }] },
    ]);
  });

  it('reads a file without -DOCSTART- as one document, Windows line ends included', () => {
    expect(readConll('Oslo NNP B-NP I-LOC\r\n\r\nRiga NNP B-NP I-LOC\r\n')).toHaveLength(1);
  });

  it('names the line of a row without a NER tag', () => {
    expect(describeThrown(() => readConll('Oslo NNP B-NP B-LOC\nbroken\n', 'dev.txt'))).toMatch(
      /dev\.txt:2/,
    );
  });
});

describe('tagSpans', () => {
  it('reads IOB2: every entity starts with B-', () => {
    expect(tagSpans(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-LOC'])).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
      { start: 4, end: 6, type: 'LOC' },
    ]);
  });

  it('reads IOB1: I- starts an entity, B- only splits two adjacent ones of a type', () => {
    expect(tagSpans(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'I-LOC'])).toEqual(
      tagSpans(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-LOC']),
    );
  });

  it('starts a new entity where the type changes without a B-', () => {
    expect(tagSpans(['I-ORG', 'I-LOC'])).toEqual([
      { start: 0, end: 1, type: 'ORG' },
      { start: 1, end: 2, type: 'LOC' },
    ]);
  });
});
