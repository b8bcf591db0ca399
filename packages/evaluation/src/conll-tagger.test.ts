import { describe, expect, it } from 'vitest';
import { readConll } from './conll-read.js';
import { conllText, goldNerSpans, scoreConll } from './conll-score.js';
import { sequenceTaggerNer } from './conll-tagger.js';

const rows = (sentence: string, tags: string): string[] => {
  const t = tags.split(' ');
  return sentence.split(' ').map((w, i) => `${w} X X ${t[i] ?? 'O'}`);
};
const [doc] = readConll(
  [
    '-DOCSTART- -X- -X- O',
    '',
    ...rows('Harriet Quinlan joined Siemens .', 'B-PER I-PER O B-ORG O'),
    '',
    ...rows('She flew to Leipzig on Monday .', 'O O O B-LOC O O O'),
  ].join('\n'),
);

describe('sequenceTaggerNer', () => {
  it('gives the shipped tagger’s entities as character spans of the CoNLL text', () => {
    const text = conllText(doc!);
    const spans = sequenceTaggerNer(text.text);
    expect(spans.map((s) => [text.text.slice(s.start, s.end), s.type])).toEqual([
      ['Harriet Quinlan', 'PER'],
      ['Siemens', 'ORG'],
      ['Leipzig', 'LOC'],
    ]);
    expect(spans).toEqual(goldNerSpans(doc!, text));
  });

  it('scores as a CoNLL tagger', () => {
    expect(scoreConll([doc!], sequenceTaggerNer).total.f1).toBe(1);
  });
});
