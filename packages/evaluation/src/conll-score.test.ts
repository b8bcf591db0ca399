import { describe, expect, it } from 'vitest';
import { formatConllReport } from './conll-report.js';
import { readConll } from './conll-read.js';
import { conllText, goldNerSpans, mentionsToNer, scoreConll, type NerSpan } from './conll-score.js';

// "Mira Sol visited Oslo ." / "Acme Euro Cup" with Euro Cup as MISC
const [doc] = readConll(
  [
    'Mira NNP B-NP B-PER',
    'Sol NNP I-NP I-PER',
    'visited VBD B-VP O',
    'Oslo NNP B-NP B-LOC',
    '. . O O',
    '',
    'Acme NNP B-NP B-ORG',
    'Euro NNP I-NP B-MISC',
    'Cup NNP I-NP I-MISC',
  ].join('\n'),
);
const TEXT = 'Mira Sol visited Oslo .\nAcme Euro Cup';

const at = (text: string, type: NerSpan['type']): NerSpan => {
  const start = TEXT.indexOf(text);
  return { start, end: start + text.length, type };
};

describe('conllText', () => {
  it('joins tokens with spaces and sentences with newlines, keeping each token’s offsets', () => {
    const text = conllText(doc!);
    expect(text.text).toBe(TEXT);
    expect(text.offsets[1]?.[1]).toEqual({
      start: TEXT.indexOf('Euro'),
      end: TEXT.indexOf('Euro') + 4,
    });
  });

  it('gives gold spans of PER, ORG and LOC only', () => {
    expect(goldNerSpans(doc!, conllText(doc!))).toEqual([
      at('Mira Sol', 'PER'),
      at('Oslo', 'LOC'),
      at('Acme', 'ORG'),
    ]);
  });
});

describe('scoreConll', () => {
  it('credits exact spans only and ignores MISC on both sides', () => {
    const tagger = (text: string): NerSpan[] => {
      expect(text).toBe(TEXT);
      return [at('Sol', 'PER'), at('Oslo', 'LOC'), at('Oslo', 'LOC'), at('Acme', 'ORG')];
    };
    const misc = { ...at('Euro Cup', 'LOC'), type: 'MISC' } as unknown as NerSpan;
    const score = scoreConll([doc!], (text) => [...tagger(text), misc]);
    expect(score.byType.PER).toMatchObject({ predicted: 1, correct: 0, gold: 1, found: 0 });
    expect(score.byType.LOC).toMatchObject({ predicted: 1, correct: 1, gold: 1, found: 1 });
    expect(score.total).toMatchObject({ predicted: 3, correct: 2, gold: 3, found: 2 });
    expect(score.total.f1).toBeCloseTo(2 / 3);
    expect(score).toMatchObject({ documents: 1, sentences: 2, tokens: 8 });
  });

  it('does not credit the right span with the wrong type', () => {
    const score = scoreConll([doc!], () => [at('Acme', 'LOC')]);
    expect(score.total).toMatchObject({ predicted: 1, correct: 0 });
  });
});

describe('mentionsToNer', () => {
  it('maps Person, Organization, State and Location and drops Group and Event', () => {
    const mentions = ['Person', 'Organization', 'State', 'Location', 'Group', 'Event'].map(
      (type, i) => ({
        start: i,
        end: i + 1,
        type,
      }),
    );
    expect(mentionsToNer(mentions).map((s) => s.type)).toEqual(['PER', 'ORG', 'LOC', 'LOC']);
  });
});

describe('formatConllReport', () => {
  it('ends with the micro-averaged total', () => {
    const report = formatConllReport(scoreConll([doc!], () => [at('Mira Sol', 'PER')]));
    expect(report.trimEnd().split('\n').at(-1)).toBe('ner       P=1.000 R=0.333 F1=0.500');
    expect(report).toMatch(/^PER\s+1\s+1\s+1\s+1/m);
  });
});
