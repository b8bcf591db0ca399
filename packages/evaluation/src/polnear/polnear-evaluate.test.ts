import { describe, expect, it } from 'vitest';
import { evaluatePolnear, type PolnearArticle } from './polnear-evaluate.js';

// An article and its attributions, written for this test.
const TEXT = 'Vote Row\n\n“We will vote against it,” Senator Ida Moe said on Friday.\n';
const START = TEXT.indexOf('“');
const END = TEXT.indexOf('”') + 1;
const SOURCE = TEXT.indexOf('Senator');
const CUE = TEXT.indexOf(' said') + 1;
const ARTICLE: PolnearArticle = {
  article: 'vote',
  text: TEXT,
  ann: [
    `T1\tSource ${SOURCE} ${SOURCE + 'Senator Ida Moe'.length}\tSenator Ida Moe`,
    `T2\tCue ${CUE} ${CUE + 4}\tsaid`,
    `T3\tContent ${START} ${END}\t${TEXT.slice(START, END)}`,
    'E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1',
  ].join('\n'),
  annPath: 'vote.ann',
};

describe('evaluatePolnear', () => {
  it('scores the extractor’s quotes against the attributions by default', async () => {
    const score = await evaluatePolnear([ARTICLE]);
    expect(score.quotes).toEqual({ predicted: 1, correct: 1, gold: 1, found: 1 });
  });

  it('scores what a given extractor predicts instead', async () => {
    const score = await evaluatePolnear([ARTICLE, { ...ARTICLE, article: 'vote2' }], () => ({
      quotes: [],
      entities: [],
      mentions: [],
    }));
    expect(score.quotes).toEqual({ predicted: 0, correct: 0, gold: 2, found: 0 });
  });

  it('names the attributions file of a malformed line', async () => {
    const bad = { ...ARTICLE, ann: 'T1\tSource x y\tSenator' };
    await expect(evaluatePolnear([bad])).rejects.toMatchObject({
      where: expect.stringMatching(/vote\.ann/) as unknown,
    });
  });
});
