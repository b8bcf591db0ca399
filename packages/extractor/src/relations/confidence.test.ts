import { NewsgraphError } from '@newsgraph/graph-schema';
import { describe, expect, it } from 'vitest';
import bundled from './confidence.json' with { type: 'json' };
import {
  combineConfidences,
  confidenceTable,
  modifier,
  parseConfidenceTable,
  relationConfidence,
  strength,
} from './confidence.js';
import { extractRelations } from './index.js';
import { STATES, analysisOf, type EntitySpec } from './test-analysis.js';

const { brazil, chile, peru } = STATES;

function rejection(data: unknown): NewsgraphError {
  try {
    parseConfidenceTable(data, 'relations/confidence.json');
  } catch (error) {
    if (error instanceof NewsgraphError) return error;
    throw error;
  }
  throw new Error('the table was accepted');
}

function opposes(text: string, entities: EntitySpec[], source: string, target: string): number {
  const found = extractRelations(analysisOf(text, entities), {}).find(
    (r) => r.type === 'OPPOSES' && r.source === source && r.target === target,
  );
  if (found === undefined) throw new Error(`no OPPOSES ${source} ${target} in: ${text}`);
  return found.confidence;
}

describe('confidenceTable', () => {
  it('validates the bundled table, every strength in (0, 1]', () => {
    const table = confidenceTable();
    for (const value of [...Object.values(table.evidence), ...Object.values(table.modifiers)]) {
      expect(value).toBeGreaterThan(0);
      expect(value).toBeLessThanOrEqual(1);
    }
    expect(strength('quote-attributed')).toBeGreaterThan(strength('quote-adjacent'));
  });

  it('rejects a strength above 1 with CONFIG_INVALID naming the file and the entry', () => {
    const error = rejection({ ...bundled, evidence: { ...bundled.evidence, envoy: 1.5 } });
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.where).toBe('relations/confidence.json');
    expect(error.message).toContain('envoy');
  });

  it('rejects a table that lacks a kind the code names, and an unknown section', () => {
    const evidence: Record<string, number> = { ...bundled.evidence };
    delete evidence['envoy'];
    const missing = rejection({ ...bundled, evidence });
    expect(missing.code).toBe('CONFIG_INVALID');
    expect(missing.message).toContain('envoy');
    expect(rejection({ ...bundled, hedges: {} }).code).toBe('CONFIG_INVALID');
    const ends: Record<string, number> = { ...bundled.ends };
    delete ends['he-she'];
    expect(rejection({ ...bundled, ends }).message).toContain('he-she');
    expect(rejection({ ...bundled, subjectGap: { perWord: 0.05 } }).code).toBe('CONFIG_INVALID');
    expect(
      rejection({ ...bundled, modifiers: { ...bundled.modifiers, 'mutual-group': 0 } }).where,
    ).toBe('relations/confidence.json');
  });
});

describe('combineConfidences', () => {
  it('raises the confidence with a second sentence and never passes 1', () => {
    expect(combineConfidences([0.6])).toBe(0.6);
    expect(combineConfidences([0.6, 0.6])).toBe(0.84);
    expect(combineConfidences([0.6, 0.6])).toBeGreaterThan(0.6);
    expect(combineConfidences([0.99, 0.99, 0.99, 1.4])).toBe(1);
    expect(combineConfidences([0.9, 0.5, 0.7])).toBeLessThanOrEqual(1);
  });

  it('does not depend on the order of the sentences, and is 0 without evidence', () => {
    expect(combineConfidences([0.3, 0.8, 0.55])).toBe(combineConfidences([0.55, 0.3, 0.8]));
    expect(combineConfidences([])).toBe(0);
  });
});

describe('relationConfidence', () => {
  it('weakens a cue by its ends, its modifiers and its distance, in that order', () => {
    expect(relationConfidence({ base: 0.9 })).toBe(0.9);
    const weakened = relationConfidence({
      base: 0.9,
      ends: [0.85],
      modifiers: ['several-actors'],
      distance: 5,
    });
    const { distance } = confidenceTable();
    const far = 1 - distance.perToken * 5;
    expect(weakened).toBeCloseTo(0.9 * 0.85 * modifier('several-actors') * far, 10);
    expect(weakened).toBeLessThan(0.9);
    expect(relationConfidence({ base: 0.9, distance: 500 })).toBeCloseTo(0.9 * distance.floor, 10);
    expect(relationConfidence({ base: 'envoy' })).toBe(strength('envoy'));
  });
});

describe('extractRelations: confidence order', () => {
  const plain = opposes('Peru condemned Chile on Monday.', [peru, chile], 'state:PER', 'state:CHL');

  it('puts a subject reached through "which" below a plain verb edge', () => {
    const relative = opposes(
      'The envoy met officials from Peru, which condemned Chile on Monday.',
      [peru, chile],
      'state:PER',
      'state:CHL',
    );
    expect(relative).toBeLessThan(plain);
  });

  it('puts an edge shared by a coordinated group below a plain verb edge', () => {
    const shared = opposes(
      'Peru and Brazil condemned Chile on Monday.',
      [peru, brazil, chile],
      'state:PER',
      'state:CHL',
    );
    expect(shared).toBeLessThan(plain);
  });

  it('puts a subject several words before its verb below a plain verb edge', () => {
    const far = opposes(
      'Peru on Monday morning in a terse written statement condemned Chile.',
      [peru, chile],
      'state:PER',
      'state:CHL',
    );
    expect(far).toBeLessThan(plain);
  });

  it('puts a weak cue ("questioned") below a strong one ("condemned")', () => {
    const weak = opposes(
      'Peru questioned Chile on Monday.',
      [peru, chile],
      'state:PER',
      'state:CHL',
    );
    expect(weak).toBeLessThan(plain);
  });

  it('raises a relation stated in two sentences above the same relation stated once', () => {
    const twice = opposes(
      'Peru condemned Chile on Monday. On Tuesday Peru condemned Chile again.',
      [peru, chile],
      'state:PER',
      'state:CHL',
    );
    expect(twice).toBeGreaterThan(plain);
    expect(twice).toBeLessThanOrEqual(1);
  });
});
