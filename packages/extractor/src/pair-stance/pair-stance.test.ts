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
import { parseSentence } from '../syntax/index.js';
import { extract } from '../pipeline.js';

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
  const pair = spanPairFeatures(pairSentence(text), p, q, parseSentence(text));
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
    // The passive is read the right way round, though under the threshold (chosen on sentences
    // train.txt does not repeat, it is stricter than stop 39's).
    expect(verdict('[Ada Lune] was sharply criticized by [Bill Vorn] over the budget.').label).toBe(
      'b-opposes-a',
    );
    expect(verdict('[Bill Vorn] endorsed [Ada Lune] for governor on Monday.')).toEqual({
      label: 'a-supports-b',
      sure: true,
    });
  });

  it('is not sure of a meeting', () => {
    expect(verdict('[Bill Vorn] met [Ada Lune] in Geneva.').sure).toBe(false);
  });

  it('is not sure of a speaker and a name in what was said', () => {
    expect(verdict('[Bill Vorn] said [Ada Lune] arrived on Monday.').sure).toBe(false);
    expect(verdict('[Ada Lune] will visit the plant next week, [Bill Vorn] said.').sure).toBe(
      false,
    );
  });
});

describe('extract with pairStance', () => {
  /** The stance edges of a text as "source TYPE target". */
  function stances(text: string): string[] {
    const doc = extract(text, {}, { pairStance: true });
    const name = new Map(doc.entities.map((e) => [e.id, e.name]));
    return doc.relations
      .filter((r) => r.type === 'SUPPORTS' || r.type === 'OPPOSES')
      .map((r) => `${name.get(r.source)} ${r.type} ${name.get(r.target)}`);
  }

  it('adds no stance to neutral pairs of a news sentence', () => {
    expect(stances('Bill Vorn met Ada Lune in Geneva on Tuesday.')).toEqual([]);
    expect(stances('Bill Vorn said Ada Lune arrived on Monday.')).toEqual([]);
    expect(stances('Ada Lune and Bill Vorn attended the summit in Oslo.')).toEqual([]);
    expect(stances('Bill Vorn, who worked with Ada Lune for years, left the firm.')).toEqual([]);
  });

  it('keeps a stated stance and says nothing of a negated or asked one', () => {
    expect(stances('Bill Vorn sharply criticized Ada Lune over the budget.')).toEqual([
      'Bill Vorn OPPOSES Ada Lune',
    ]);
    expect(stances('Bill Vorn did not criticize Ada Lune over the budget.')).toEqual([]);
    expect(stances('Did Bill Vorn criticize Ada Lune over the budget?')).toEqual([]);
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
