import { describe, expect, it } from 'vitest';
import {
  FRANCE,
  GERMANY,
  NATO,
  STOLTENBERG,
  TURKEY,
  USA,
  doc,
  natoArticle,
  quote,
  relation,
} from '../test/fixtures.js';
import { buildDocumentRows, dedupeRelations } from './rows.js';

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
      { article: 'a', entity: STOLTENBERG.id, count: 1 },
      { article: 'a', entity: FRANCE.id, count: 1 },
    ]);
    expect(r.entities[0]?.aliases).toEqual(['Jens Stoltenberg', 'Stoltenberg']);
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

describe('dedupeRelations', () => {
  it('merges a fact listed twice (or both ways when symmetric), keeping all evidence', () => {
    const out = dedupeRelations([
      relation('OPPOSES', FRANCE, USA, 'one', { confidence: 0.5 }),
      relation('OPPOSES', FRANCE, USA, 'two', { confidence: 0.9 }),
      relation('ALLIED_WITH', TURKEY, GERMANY, 'three'),
      relation('ALLIED_WITH', GERMANY, TURKEY, 'four'),
    ]);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ confidence: 0.9, evidence: [{ text: 'one' }, { text: 'two' }] });
    expect(out[1]).toMatchObject({
      source: GERMANY.id,
      evidence: [{ text: 'three' }, { text: 'four' }],
    });
  });

  it('keeps one QUOTES per quote, even to the same speaker', () => {
    const out = dedupeRelations([quote(STOLTENBERG, 'a')('x'), quote(STOLTENBERG, 'b')('x')]);
    expect(out).toHaveLength(2);
  });

  it('does not change its input', () => {
    const input = [
      relation('SUPPORTS', FRANCE, USA, 'one'),
      relation('SUPPORTS', FRANCE, USA, 'two'),
    ];
    dedupeRelations(input);
    expect(input[0]?.evidence).toHaveLength(1);
  });
});
