import { describe, expect, it } from 'vitest';
import { goldQuotes } from './gold-quotes.js';
import { readBrat } from './read-brat.js';
import { emptyPolnearScore, scorePolnearArticle, type PredictedQuotes } from './score-polnear.js';

//            0         1         2         3         4         5         6         7
//            012345678901234567890123456789012345678901234567890123456789012345678901234567
const text = 'Mara Lind spoke. She said “we will win this race.” He saw “Dune” and “Heat”.';
const gold = goldQuotes(
  text,
  readBrat(
    [
      'T1\tSource 0 9\tMara Lind',
      'T2\tSource 17 20\tShe',
      'T3\tCue 21 25\tsaid',
      'T4\tContent 26 50\t“we will win this race.”',
      'E1\tAttribution:T3 Content:T4 Cue:T3 Source:T2',
    ].join('\n'),
  ),
);
const entities = [
  { id: 'person:mara-lind', name: 'Mara Lind', aliases: ['Lind'] },
  { id: 'person:olav-berg', name: 'Olav Berg', aliases: [] },
];
const mentions = [{ start: 0, end: 9, entityId: 'person:mara-lind' }];

function score(quotes: PredictedQuotes['quotes']) {
  const into = emptyPolnearScore();
  scorePolnearArticle({
    article: 'a',
    text,
    gold,
    predicted: { quotes, entities, mentions },
    into,
  });
  return into;
}

describe('scorePolnearArticle', () => {
  it('counts a quote covering half its unit with the right speaker as right end to end', () => {
    const s = score([{ start: 27, end: 39, speakerId: 'person:mara-lind' }]);
    expect(s.quotes).toEqual({ predicted: 1, correct: 1, gold: 1, found: 1 });
    expect(s.endToEnd.found).toBe(1);
    expect(s.speakers.pronoun).toEqual({ judged: 1, right: 1 });
  });

  it('finds the quote but marks a wrong speaker', () => {
    const s = score([{ start: 27, end: 49, speakerId: 'person:olav-berg' }]);
    expect(s.quotes.found).toBe(1);
    expect(s.endToEnd).toEqual({ predicted: 1, correct: 0, gold: 1, found: 0 });
    expect(s.speakers.pronoun).toEqual({ judged: 1, right: 0 });
  });

  it('misses a quote covered less than half and counts titles as false positives', () => {
    const s = score([
      { start: 27, end: 30, speakerId: 'person:mara-lind' },
      { start: 59, end: 63, speakerId: 'person:mara-lind' },
    ]);
    expect(s.quotes).toEqual({ predicted: 2, correct: 0, gold: 1, found: 0 });
    expect(s.problems.map((p) => p.problem.kind)).toEqual([
      'false-positive',
      'false-positive',
      'miss',
    ]);
  });
});

describe('scorePolnearArticle with a description source', () => {
  //             0         1         2         3         4         5         6
  //             0123456789012345678901234567890123456789012345678901234567890123456789
  const said = 'Mara Lind spoke first. “Taxes are too high,” the senator said.';
  const described = goldQuotes(
    said,
    readBrat(
      [
        'T1\tSource 0 9\tMara Lind',
        'T2\tContent 23 44\t“Taxes are too high,”',
        'T3\tSource 45 56\tthe senator',
        'T4\tCue 57 61\tsaid',
        'E1\tAttribution:T4 Content:T2 Cue:T4 Source:T3',
      ].join('\n'),
    ),
  );
  const quotes = [{ start: 24, end: 42, speakerId: 'person:mara-lind' }];

  function scoreWith(speakerMentions: PredictedQuotes['mentions']) {
    const into = emptyPolnearScore();
    scorePolnearArticle({
      article: 'b',
      text: said,
      gold: described,
      predicted: { quotes, entities, mentions: speakerMentions },
      into,
    });
    return into.speakers.description;
  }

  it('takes the speaker as right when one of its mentions overlaps the description', () => {
    const onDescription = [...mentions, { start: 45, end: 56, entityId: 'person:mara-lind' }];
    expect(scoreWith(onDescription)).toEqual({ judged: 1, right: 1 });
  });

  it('does not take the last named source as a stand-in for a description', () => {
    expect(scoreWith(mentions)).toEqual({ judged: 1, right: 0 });
  });
});
