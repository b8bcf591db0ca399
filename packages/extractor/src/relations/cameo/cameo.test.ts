import { describe, expect, it } from 'vitest';
import { extractRelations } from '../index.js';
import { STATES, analysisOf, type EntitySpec } from '../test-analysis.js';
import { cameoLexicon, compileCameo } from './cameo-lexicon.js';

const { brazil, chile, peru } = STATES;

function triples(text: string, entities: EntitySpec[]): string[] {
  return extractRelations(analysisOf(text, entities), {})
    .map((r) => `${r.type} ${r.source} ${r.target}`)
    .sort();
}

describe('cameoLexicon', () => {
  it('loads the converted dictionary with its inflected forms and mapped codes', () => {
    const { surfaces } = cameoLexicon();
    expect(surfaces.length).toBeGreaterThan(2000);
    const reprimanded = surfaces.find((s) => s.surface === 'reprimanded');
    expect(reprimanded).toMatchObject({ shape: 'past', relation: 'OPPOSES' });
    expect(surfaces.find((s) => s.surface === 'gunned down')?.relation).toBe('OPPOSES');
  });

  it('skips excluded lemmas and verbs whose code and patterns give no relation', () => {
    const verbs = {
      meta: { source: 's', generatedBy: 'g' },
      synsets: {},
      blocks: [
        {
          name: 'a',
          code: '111',
          verbs: [
            ['scold', null, null],
            ['chide', null, null],
          ],
        },
        { name: 'b', code: '040', verbs: [['confer', null, null]] },
      ].map((b) => ({ ...b, patterns: [] as [string, string, string][] })),
    } as Parameters<typeof compileCameo>[0];
    const map = {
      weight: 0.5,
      codes: { '11': 'OPPOSES' as const },
      excludedLemmas: ['chide'],
      patternOnlyLemmas: [],
    };
    const lemmas = new Set(compileCameo(verbs, map).surfaces.map((s) => s.surface));
    expect(lemmas.has('scolded')).toBe(true);
    expect(lemmas.has('chided')).toBe(false);
    expect(lemmas.has('conferred')).toBe(false);
  });
});

describe('extractRelations: CAMEO verb patterns', () => {
  it('binds the source to the subject and the target to the object', () => {
    expect(triples('Peru reprimanded Brazil on Tuesday.', [peru, brazil])).toEqual([
      'OPPOSES state:PER state:BRA',
    ]);
    expect(triples('Chile shelled Peru overnight.', [chile, peru])).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
  });

  it('keeps the direction of a passive', () => {
    expect(triples('Brazil was reprimanded by Peru.', [brazil, peru])).toEqual([
      'OPPOSES state:PER state:BRA',
    ]);
  });

  it('gives a relation through a pattern with a target slot when the verb alone means nothing', () => {
    expect(triples('Peru filed a claim against Brazil.', [peru, brazil])).toEqual([
      'OPPOSES state:PER state:BRA',
    ]);
    expect(triples('Peru filed a report with Brazil.', [peru, brazil])).toEqual([]);
  });

  it('reads a verb with its own code ("airlifted Peru supplies")', () => {
    expect(triples('Chile airlifted Peru supplies.', [chile, peru])).toEqual([
      'SUPPORTS state:CHL state:PER',
    ]);
  });

  it('lets a pattern take the relation away ("spurned comment")', () => {
    expect(triples('Peru spurned Brazil.', [peru, brazil])).toEqual([
      'OPPOSES state:PER state:BRA',
    ]);
    expect(triples('Peru spurned comment on the report by Brazil.', [peru, brazil])).toEqual([]);
  });

  it('honours negation and modality', () => {
    expect(triples('Peru did not reprimand Brazil.', [peru, brazil])).toEqual([]);
    expect(triples('Peru may reprimand Brazil.', [peru, brazil])).toEqual([]);
  });
});
