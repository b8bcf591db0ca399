import { describe, expect, it } from 'vitest';
import { FRANCE, GERMANY, NATO, STOLTENBERG, TURKEY, doc, natoArticle } from '../test/fixtures.js';
import { buildDocumentRows } from './rows.js';

describe('buildDocumentRows', () => {
  const rows = buildDocumentRows(natoArticle());

  it('keeps article metadata and the extractor version', () => {
    expect(rows.article.props).toMatchObject({
      id: 'article:nato',
      source: 'Fixture News',
      extractorVersion: '1.0.0',
    });
    expect(rows.article.props.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows.article.wordCount).toBe(3);
  });

  it('gives every entity a mention with its count, and unions the name into the aliases', () => {
    const d = doc('a', {
      entities: [
        { ...STOLTENBERG, aliases: ['Stoltenberg'] },
        { ...FRANCE, mentions: [] },
      ],
    });
    const r = buildDocumentRows(d);
    expect(r.mentions).toEqual([
      {
        article: 'a',
        entity: STOLTENBERG.id,
        count: 1,
        name: 'Jens Stoltenberg',
        aliases: ['Jens Stoltenberg', 'Stoltenberg'],
        attributes: {},
        surnameKey: 'stoltenberg',
      },
      {
        article: 'a',
        entity: FRANCE.id,
        count: 1,
        name: 'France',
        aliases: ['France', 'French'],
        attributes: { iso3: 'FRA' },
        surnameKey: null,
      },
    ]);
    expect(r.entities[0]?.aliases).toEqual(['Jens Stoltenberg', 'Stoltenberg']);
  });

  it('keeps on the mention only the attributes graph-schema allows, with valid values', () => {
    const attributes = { iso3: 'fra', kind: 'party', state: 'state:FRA', secret: 'x', n: 2 };
    const r = buildDocumentRows(doc('a', { entities: [{ ...NATO, attributes }] }));
    expect(r.mentions[0]?.attributes).toEqual({ kind: 'party', state: 'state:FRA' });
  });

  it('puts provenance on every fact: article, first sentence and offsets, all evidence, confidence, version', () => {
    const [leads] = rows.facts.LEADS;
    expect(leads).toMatchObject({
      articleId: 'article:nato',
      source: STOLTENBERG.id,
      target: NATO.id,
      sentence: 'NATO Secretary General Jens Stoltenberg said.',
      evidence: ['NATO Secretary General Jens Stoltenberg said.'],
      confidence: 0.8,
      extractorVersion: '1.0.0',
      role: 'Secretary General',
    });
    expect(leads?.starts).toEqual([leads?.start]);
    expect(rows.facts.OPPOSES.map((f) => f.role)).toEqual([null, null]);
  });

  it('stores each quote with its words', () => {
    expect(rows.quotes).toEqual([
      expect.objectContaining({
        speaker: STOLTENBERG.id,
        text: 'But no decision has been taken and discussion is going on.',
      }),
    ]);
  });

  it('stores ALLIED_WITH once per pair, in id order', () => {
    expect(rows.facts.ALLIED_WITH.map((f) => [f.source, f.target])).toEqual([
      [GERMANY.id, TURKEY.id],
    ]);
  });

  it('counts its rows', () => {
    expect(rows.size).toBe(1 + 6 + 6 + 1 + 5);
  });

  it('uses the extractorVersion option over the generator version, and hashes it', () => {
    const other = buildDocumentRows(natoArticle(), '2.0.0');
    expect(other.article.props.extractorVersion).toBe('2.0.0');
    expect(other.facts.OPPOSES[0]?.extractorVersion).toBe('2.0.0');
    expect(other.documentHash).not.toBe(rows.documentHash);
    expect(buildDocumentRows(natoArticle()).documentHash).toBe(rows.documentHash);
  });
});
