import { describe, expect, it } from 'vitest';
import { dedupeRelations } from './dedupe-relations.js';
import type { Relation } from './document.js';

function rel(
  type: Relation['type'],
  source: string,
  target: string,
  text: string,
  confidence = 0.5,
): Relation {
  const properties: Record<string, string> = type === 'QUOTES' ? { text } : {};
  return {
    type,
    source,
    target,
    properties,
    evidence: [{ start: 0, end: text.length, text }],
    confidence,
  };
}

describe('dedupeRelations', () => {
  it('merges a fact listed twice (or both ways when symmetric), keeping all evidence', () => {
    const out = dedupeRelations([
      rel('OPPOSES', 'state:FRA', 'state:USA', 'one', 0.5),
      rel('OPPOSES', 'state:FRA', 'state:USA', 'two', 0.9),
      rel('ALLIED_WITH', 'state:TUR', 'state:DEU', 'three'),
      rel('ALLIED_WITH', 'state:DEU', 'state:TUR', 'four'),
    ]);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ confidence: 0.9, evidence: [{ text: 'one' }, { text: 'two' }] });
    expect(out[1]).toMatchObject({
      source: 'state:DEU',
      target: 'state:TUR',
      evidence: [{ text: 'three' }, { text: 'four' }],
    });
  });

  it('raises the confidence of a fact listed from two sentences (noisy-or), never above 1', () => {
    const second = (confidence: number): Relation => ({
      ...rel('OPPOSES', 'state:FRA', 'state:USA', 'two', confidence),
      evidence: [{ start: 10, end: 13, text: 'two' }],
    });
    const [raised] = dedupeRelations([
      rel('OPPOSES', 'state:FRA', 'state:USA', 'one', 0.5),
      second(0.6),
    ]);
    expect(raised?.confidence).toBe(0.8);
    const [capped] = dedupeRelations([
      rel('OPPOSES', 'state:FRA', 'state:USA', 'one', 1),
      second(1),
    ]);
    expect(capped?.confidence).toBe(1);
  });

  it('keeps one QUOTES per quote, even to the same speaker', () => {
    const out = dedupeRelations([
      rel('QUOTES', 'a1', 'person:x', 'a'),
      rel('QUOTES', 'a1', 'person:x', 'b'),
    ]);
    expect(out).toHaveLength(2);
  });

  it('does not change its input', () => {
    const input = [
      rel('SUPPORTS', 'state:FRA', 'state:USA', 'one'),
      rel('SUPPORTS', 'state:FRA', 'state:USA', 'two'),
    ];
    dedupeRelations(input);
    expect(input[0]?.evidence).toHaveLength(1);
  });
});
