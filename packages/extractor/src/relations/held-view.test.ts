import { describe, expect, it } from 'vitest';
import { STATES } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

// A judgement stated as a held view (issue 10, stop 29), on sentences written for these tests:
// "X reiterated its position that Y's N is illegal" is X's judgement of Y, as "X said Y's N is
// illegal" is.

const { japan, china, france, russia } = STATES;
const mara = personSpec('mara-quist', 'Mara Quist', 'Quist');
const all = [japan, china, france, russia, mara];
const triples = (text: string): string[] => stanceTriples(text, all);

describe('extractRelations: a judgement in the clause of a held view', () => {
  it('gives the owner of the view OPPOSES the one whose act is judged', () => {
    expect(triples("Japan reiterated its position that China's claims are illegal.")).toEqual([
      'OPPOSES state:JPN state:CHN',
    ]);
    expect(triples("France repeated its view that Russia's annexation was unlawful.")).toEqual([
      'OPPOSES state:FRA state:RUS',
    ]);
    expect(triples("Mara Quist stated her belief that China's decision was a mistake.")).toEqual([
      'OPPOSES person:mara-quist state:CHN',
    ]);
  });

  it('gives nothing when the view is negated, modal or asked about', () => {
    expect(triples("Japan has not repeated its view that China's claims are illegal.")).toEqual([]);
    expect(triples("Japan may restate its view that China's claims are illegal.")).toEqual([]);
    expect(triples("Did Japan repeat its view that China's claims are illegal?")).toEqual([]);
  });

  it('needs an owner pronoun, an opinion noun and a judged actor', () => {
    expect(triples('Japan reiterated its position that the claims are illegal.')).toEqual([]);
    expect(triples("Japan reiterated China's position that the claims are illegal.")).toEqual([]);
    expect(triples("Japan reiterated its offer that China's ships may dock.")).toEqual([]);
  });
});
