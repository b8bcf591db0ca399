import { describe, expect, it } from 'vitest';
import { readStance } from './read-stance.js';
import { scoreApart } from './apart-stance.js';
import { scoreStance, type StanceReading } from './score-stance.js';

const items = readStance(
  [
    '[Lima] condemned [Quito].\tLima\tQuito\t3',
    '[Lima] praised [Quito].\tQuito\tLima\t1',
    '[Lima] met [Quito].\tLima\tQuito\t0',
    '[Lima] visited [Quito].\tLima\tQuito\t0',
    '[Lima] attacked [Oslo].\tLima\tOslo\t3',
  ].join('\n'),
);

/** Entities at fixed offsets; relations chosen per sentence by its verb. */
function reader(text: string): StanceReading {
  const mentions = [{ start: 0, end: 4, entityId: 'lima' }];
  const other = text.includes('Oslo')
    ? []
    : [{ start: text.length - 6, end: text.length - 1, entityId: 'quito' }];
  const rel = (type: string, source: string, target: string) => ({
    type,
    source,
    target,
    confidence: 0.8,
  });
  const relations = text.includes('condemned')
    ? [rel('OPPOSES', 'lima', 'quito')]
    : text.includes('praised')
      ? [rel('SUPPORTS', 'lima', 'quito')]
      : text.includes('visited')
        ? [rel('SUPPORTS', 'quito', 'lima')]
        : [];
  return { mentions: [...mentions, ...other], relations };
}

describe('scoreStance', () => {
  const score = scoreStance(items, reader);

  it('reads the label the relations imply, with direction', () => {
    expect(score.outcomes.map((o) => o.predicted)).toEqual([3, 2, 0, 2, 0]);
  });

  it('counts polar recall, recall where both were found, false alarms and direction', () => {
    expect(score).toMatchObject({ polar: 3, neutral: 2, bothFound: 2, polarHits: 2 });
    expect(score.polarRecall).toBeCloseTo(2 / 3);
    expect(score.recallBothFound).toBe(1);
    expect(score.falseAlarmRate).toBe(0.5);
    expect(score.directionAccuracy).toBe(0.5);
    expect(score.precision).toBeCloseTo(2 / 3);
  });
});

describe('scoreApart', () => {
  it('splits the score by whether the other file has the sentence, markers removed', () => {
    const other = readStance(
      '[Lima] condemned [Quito].\tLima\tQuito\t0\n[Lima] met [Quito].\tLima\tQuito\t0',
    );
    const { repeated, unrepeated, exactCopies } = scoreApart(scoreStance(items, reader), other);
    // "condemned" is repeated with another label; only "met" is the same pair with its label.
    expect(exactCopies).toBe(1);
    expect(repeated).toMatchObject({ sentences: 2, polar: 1, neutral: 1, polarHits: 1 });
    expect(unrepeated).toMatchObject({ sentences: 3, polar: 2, neutral: 1, polarHits: 1 });
    expect(unrepeated.falseAlarmRate).toBe(1);
  });
});
