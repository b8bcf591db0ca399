import { describe, expect, it } from 'vitest';
import { describeThrown } from '../../../graph-schema/src/test-fixtures.js';
import { evaluateConll, nerTagger } from './conll-ner.js';
import { sequenceTaggerNer } from './conll-tagger.js';

// A two-sentence CoNLL document written for this test.
const CONLL = [
  '-DOCSTART- -X- -X- O',
  '',
  'Helga NNP B-NP B-PER',
  'Strand NNP I-NP I-PER',
  'visited VBD B-VP O',
  'Norway NNP B-NP B-LOC',
  '. . O O',
  '',
  'She PRP B-NP O',
  'left VBD B-VP O',
  '. . O O',
  '',
].join('\n');

describe('nerTagger', () => {
  it('is the sequence tagger itself in tagger mode', () => {
    expect(nerTagger('tagger')).toBe(sequenceTaggerNer);
  });

  it('gives the rules’ mentions as CoNLL types, leaving demonyms out', () => {
    const text = 'Norway welcomed the Norwegian delegation.';
    const spans = nerTagger('rules')(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toContain('Norway');
    expect(spans.find((s) => text.slice(s.start, s.end) === 'Norway')?.type).toBe('LOC');
    expect(spans.map((s) => text.slice(s.start, s.end))).not.toContain('Norwegian');
  });
});

describe('nerTagger on national sides', () => {
  it('gives a country named as a side LOC, as CoNLL tags it, though the graph keeps the team', () => {
    const text = 'Portugal beat Norway 2-0 on Saturday. Norway coach Ola Brekke was calm.';
    const spans = nerTagger('rules')(text);
    const norway = spans.filter((s) => text.slice(s.start, s.end) === 'Norway');
    expect(norway.map((s) => s.type)).toEqual(['LOC', 'LOC']);
  });
});

describe('evaluateConll', () => {
  it('reads the file text and scores every gold entity in each mode', () => {
    for (const mode of ['tagger', 'extractor', 'rules'] as const) {
      const score = evaluateConll(CONLL, 'tiny.conll', mode);
      expect(score).toMatchObject({ documents: 1, sentences: 2, tokens: 8 });
      expect(score.total.gold).toBe(2);
      expect(score.byType.PER.gold).toBe(1);
    }
  });

  it('names the file of a malformed line', () => {
    expect(
      describeThrown(() => evaluateConll('-DOCSTART- -X- -X- O\n\nHelga\n', 'bad.conll', 'rules')),
    ).toMatch(/bad\.conll/);
  });
});
