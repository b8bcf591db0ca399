import { describe, expect, it } from 'vitest';
import { formatEvalReport } from './format-report.js';
import { scoreArticle } from './score-article.js';
import { scoreCorpus } from './score-corpus.js';
import { ARTICLE_ID, goldEntity, goldFile, predictedDocument } from './test-fixtures.js';

const gold = goldFile({
  entities: [
    goldEntity('lena', 'Person', ['Lena Berg', 'Berg']),
    goldEntity('norway', 'State', ['Norway', 'Norwegian']),
    goldEntity('un', 'Organization', ['United Nations', 'UN']),
  ],
  relations: [
    {
      type: 'REPRESENTS',
      source: 'lena',
      target: 'norway',
      required: true,
      evidence: 'Norwegian envoy Lena Berg',
    },
    { type: 'QUOTES', source: '@article', target: 'lena', required: true },
  ],
  quotes: [{ speaker: 'lena', text: 'We expect the council to act this week' }],
});

const good = predictedDocument(
  [
    ['person:lena-berg', 'Person', 'Lena Berg'],
    ['state:NOR', 'State', 'Norway'],
    ['org:un', 'Organization', 'United Nations'],
  ],
  [
    ['REPRESENTS', 'person:lena-berg', 'state:NOR'],
    ['QUOTES', ARTICLE_ID, 'person:lena-berg', 'We expect the council to act this week.'],
  ],
);

const poor = predictedDocument(
  [
    ['person:lena-berg', 'Person', 'Lena Berg'],
    ['person:berg', 'Person', 'Berg'],
    ['org:norway', 'Organization', 'Norway'],
  ],
  [['LEADS', 'person:berg', 'org:norway', 'Berg heads Norway’s delegation.']],
);

describe('scoreCorpus', () => {
  it('micro-averages by summing counts over articles before dividing', () => {
    const result = scoreCorpus([
      { gold, predicted: good },
      { gold, predicted: poor },
    ]);
    // entities: good 3/3; poor 1 correct of 3 (a duplicate, a wrong type), 1 of 3 found
    expect(result.entities).toMatchObject({
      predicted: 6,
      correct: 4,
      gold: 6,
      found: 4,
      duplicates: 1,
    });
    expect(result.entities.precision).toBeCloseTo(4 / 6);
    expect(result.relations).toMatchObject({ predicted: 3, correct: 2, gold: 4, found: 2 });
    expect(result.quotes).toMatchObject({
      predicted: 1,
      correct: 1,
      gold: 2,
      found: 1,
      recall: 0.5,
    });
    expect(result.entities.byType['State']).toMatchObject({ gold: 2, found: 1 });
  });

  it('gives a result that survives JSON unchanged', () => {
    const result = scoreCorpus([{ gold, predicted: poor }]);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe('formatEvalReport', () => {
  it('ends with exactly the three total lines the tail hook reads', () => {
    const report = formatEvalReport(
      scoreCorpus([
        { gold, predicted: good },
        { gold, predicted: poor },
      ]),
    );
    expect(report.trimEnd().split('\n').slice(-3)).toEqual([
      'entities  P=0.667 R=0.667 F1=0.667 duplicates=1',
      'relations P=0.667 R=0.500 F1=0.571',
      'quotes    P=1.000 R=0.500 F1=0.667',
    ]);
    expect(report).toContain('Entities by type');
    expect(report).toContain('Relations by type');
  });

  it('lists, when verbose, the misses and the false positives with the extracted evidence', () => {
    const report = formatEvalReport(scoreCorpus([{ gold, predicted: poor }]), { verbose: true });
    expect(report).toContain('missed entity    State "Norway" (norway)');
    expect(report).toContain('wrong entity     Person "Berg" [duplicate]');
    expect(report).toContain('wrong entity     Organization "Norway" [wrong-type]');
    expect(report).toContain(
      'wrong relation   Berg -LEADS-> Norway  | Berg heads Norway’s delegation.',
    );
    expect(report).toContain(
      'missed relation  Lena Berg -REPRESENTS-> Norway  | Norwegian envoy Lena Berg',
    );
    expect(report).toContain(
      'missed quote     Lena Berg: "We expect the council to act this week"',
    );
    expect(formatEvalReport(scoreCorpus([{ gold, predicted: poor }]))).not.toContain('missed');
  });
});

describe('scoreArticle', () => {
  it('names the article by its gold file entry', () => {
    expect(scoreArticle(gold, good).article).toBe('test.txt');
  });
});
