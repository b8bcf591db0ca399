import { describe, expect, it } from 'vitest';
import { extractRelations } from './index.js';
import { RelationSet } from './relation-set.js';
import { STATES, analysisOf } from './test-analysis.js';

const span = (start: number) => ({ start, end: start + 5, text: 'xxxxx' });
const fra = { id: 'state:FRA', type: 'State' as const };
const deu = { id: 'state:DEU', type: 'State' as const };
const ana = { id: 'person:ana', type: 'Person' as const };

describe('RelationSet', () => {
  it('accumulates evidence on one relation and combines confidences as a noisy-or', () => {
    const set = new RelationSet();
    set.add({ type: 'OPPOSES', source: fra, target: deu, confidence: 0.5, evidence: span(0) });
    set.add({ type: 'OPPOSES', source: fra, target: deu, confidence: 0.5, evidence: span(10) });
    set.add({ type: 'OPPOSES', source: fra, target: deu, confidence: 0.4, evidence: span(10) });
    const [relation, ...rest] = set.relations();
    expect(rest).toEqual([]);
    expect(relation?.evidence).toHaveLength(2);
    expect(relation?.confidence).toBe(0.75);
  });

  it('stores a symmetric relation once per unordered pair', () => {
    const set = new RelationSet();
    set.add({ type: 'ALLIED_WITH', source: fra, target: deu, confidence: 0.6, evidence: span(0) });
    set.add({ type: 'ALLIED_WITH', source: deu, target: fra, confidence: 0.6, evidence: span(10) });
    expect(set.relations().map((r) => [r.source, r.target])).toEqual([['state:DEU', 'state:FRA']]);
  });

  it('refuses ends the relation type does not allow, and self-loops', () => {
    const set = new RelationSet();
    set.add({ type: 'REPRESENTS', source: fra, target: deu, confidence: 0.9, evidence: span(0) });
    set.add({ type: 'MEMBER_OF', source: fra, target: deu, confidence: 0.9, evidence: span(0) });
    set.add({ type: 'OPPOSES', source: fra, target: fra, confidence: 0.9, evidence: span(0) });
    expect(set.relations()).toEqual([]);
  });

  it('orders by confidence, drops those under the threshold, and keeps roles only where allowed', () => {
    const set = new RelationSet();
    set.add({
      type: 'OPPOSES',
      source: fra,
      target: deu,
      confidence: 0.3,
      evidence: span(0),
      role: 'x',
    });
    set.add({
      type: 'LEADS',
      source: ana,
      target: fra,
      confidence: 0.9,
      evidence: span(0),
      role: 'President',
    });
    expect(set.relations().map((r) => [r.type, r.properties])).toEqual([
      ['LEADS', { role: 'President' }],
      ['OPPOSES', {}],
    ]);
    expect(set.relations(0.5).map((r) => r.type)).toEqual(['LEADS']);
  });
});

describe('extractRelations: evidence', () => {
  it('gives the sentence span, indexing the original text exactly', () => {
    const text = 'Markets fell.\n\nFrance condemned Germany on Monday.  Germany shrugged.';
    const analysis = analysisOf(text, [STATES.france, STATES.germany]);
    const [relation] = extractRelations(analysis, { minConfidence: 0.1 });
    expect(relation?.evidence).toHaveLength(1);
    for (const evidence of relation?.evidence ?? []) {
      expect(text.slice(evidence.start, evidence.end)).toBe(evidence.text);
      expect(evidence.text).toBe('France condemned Germany on Monday.');
    }
    expect(extractRelations(analysis, { minConfidence: 0.99 })).toEqual([]);
  });
});
