import { describe, expect, it } from 'vitest';
import { encodeModel, decodeModel } from '../tagger/model-io.js';
import { quantize } from '../tagger/model-io.js';
import {
  classifyPair,
  PAIR_LABELS,
  pairSentence,
  shippedPairModel,
  spanPairFeatures,
} from './index.js';
import { trainPairModel, type PairExample } from './pair-train.js';

/** The shipped model's verdict on the first and second [marked] names of a sentence. */
function verdict(marked: string): { label: string; sure: boolean } {
  const spans: { start: number; end: number }[] = [];
  let text = '';
  for (const part of marked.split(/(\[[^\]]+\])/)) {
    if (part.startsWith('[')) {
      spans.push({ start: text.length, end: text.length + part.length - 2 });
      text += part.slice(1, -1);
    } else text += part;
  }
  const [p, q] = spans;
  if (p === undefined || q === undefined) throw new Error('two marked names expected');
  const pair = spanPairFeatures(pairSentence(text), p, q);
  if (pair === undefined) throw new Error('overlapping names');
  const model = shippedPairModel();
  const v = classifyPair(model, pair.features);
  return {
    label: PAIR_LABELS[v.label] ?? '',
    sure: v.margin >= (model.proposalMargin ?? Infinity),
  };
}

describe('shippedPairModel', () => {
  it('loads the shipped model with its threshold', () => {
    const model = shippedPairModel();
    expect(model.task).toBe('pair-stance');
    expect(model.tags).toEqual(PAIR_LABELS);
    expect(model.proposalMargin).toBeGreaterThan(0);
  });

  it('reads a plain criticism and a plain endorsement, each way round', () => {
    expect(verdict('[Bill Vorn] sharply criticized [Ada Lune] over the budget.')).toEqual({
      label: 'a-opposes-b',
      sure: true,
    });
    expect(verdict('[Ada Lune] was sharply criticized by [Bill Vorn] over the budget.')).toEqual({
      label: 'b-opposes-a',
      sure: true,
    });
    expect(verdict('[Bill Vorn] endorsed [Ada Lune] for governor on Monday.')).toEqual({
      label: 'a-supports-b',
      sure: true,
    });
  });

  it('is not sure of a meeting', () => {
    expect(verdict('[Bill Vorn] met [Ada Lune] in Geneva.').sure).toBe(false);
  });
});

describe('trainPairModel', () => {
  const examples: PairExample[] = [
    { features: [1, 2, 3], label: 0 },
    { features: [1, 4, 5], label: 3 },
    { features: [1, 6, 7], label: 1 },
    { features: [1, 4, 8], label: 4 },
    { features: [1, 2, 9], label: 0 },
  ];

  it('gives the same weights for the same data and seed', () => {
    const options = { bits: 6, epochs: 5, seed: 7 };
    const first = trainPairModel(examples, options);
    const second = trainPairModel(examples, options);
    expect(Array.from(second.weights)).toEqual(Array.from(first.weights));
    expect(classifyPair(first, [1, 4, 5]).label).toBe(3);
  });

  it('scores the same after a round trip through the file form', () => {
    const model = quantize(trainPairModel(examples, { bits: 6, epochs: 5, seed: 7 }), 1);
    const read = decodeModel(encodeModel(model), 'test');
    for (const e of examples)
      expect(classifyPair(read, e.features)).toEqual(classifyPair(model, e.features));
  });
});
