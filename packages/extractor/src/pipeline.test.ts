import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GraphDocumentSchema } from '@newsgraph/graph-schema';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './fixtures/articles.js';
import { analyze, extract } from './pipeline.js';
import { EXTRACTOR_VERSION } from './version.js';

const SAMPLE = fileURLToPath(
  new URL('../../../examples/00-nato-islamic-state.txt', import.meta.url),
);
const articles: Record<string, string> = { ...FIXTURES };
try {
  articles['SAMPLE'] = readFileSync(SAMPLE, 'utf8');
} catch {
  // The sample article is optional in a checkout.
}

// The held-out articles of test/heldout: their gold is scored by the CLI (see README); here they
// only guard offsets and the document schema.
const HELDOUT = fileURLToPath(new URL('../test/heldout/', import.meta.url));
for (const name of readdirSync(HELDOUT).filter((f) => f.endsWith('.txt'))) {
  articles[`heldout/${name}`] = readFileSync(`${HELDOUT}${name}`, 'utf8');
}

describe('extract', () => {
  for (const [name, text] of Object.entries(articles)) {
    it(`keeps every offset exact on ${name}`, () => {
      const a = analyze(text);
      for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      for (const e of a.entities)
        for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      for (const q of a.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
      for (const s of a.sentences) expect(s.end).toBeGreaterThan(s.start);
      const doc = extract(text);
      for (const r of doc.relations)
        for (const ev of r.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.text);
    });

    it(`produces a valid graph document for ${name}`, () => {
      const result = GraphDocumentSchema.safeParse(extract(text));
      expect(result.success ? [] : result.error.issues).toEqual([]);
    });
  }

  it('describes the article: id from the hash, headline title, word count, generator', () => {
    const doc = extract(FIXTURES['WIRE'] ?? '');
    expect(doc.article.id).toMatch(/^article:[0-9a-f]{16}$/);
    expect(doc.article.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.article.id.slice(8)).toBe(doc.article.contentHash.slice(0, 16));
    expect(doc.article.title).toBe('Minister defends ending wheat tariff');
    expect(doc.article.wordCount).toBeGreaterThan(100);
    expect(doc.generator).toEqual({ name: '@newsgraph/extractor', version: EXTRACTOR_VERSION });
  });

  it('takes id, title, source, url and date from the metadata', () => {
    const doc = extract('Title\n\nBody.', {
      id: 'a1',
      title: 'T',
      source: 'S',
      url: 'u',
      publishedAt: '2020-01-01',
    });
    expect(doc.article).toMatchObject({
      id: 'a1',
      title: 'T',
      source: 'S',
      url: 'u',
      publishedAt: '2020-01-01',
    });
  });

  it('adds one QUOTES relation per quote, from the article to the speaker', () => {
    const text = 'Title\n\n“We will act,” Anna Berg said. “Soon,” she added, “very soon.”';
    const doc = extract(text);
    const quotes = doc.relations.filter((r) => r.type === 'QUOTES');
    expect(quotes.map((r) => [r.source, r.target, r.properties['text']])).toEqual([
      [doc.article.id, 'person:anna-berg', 'We will act,'],
      [doc.article.id, 'person:anna-berg', 'Soon,'],
      [doc.article.id, 'person:anna-berg', 'very soon.'],
    ]);
    expect(quotes[0]?.evidence[0]?.text).toBe('We will act,');
  });

  it('is deterministic', () => {
    const text = FIXTURES['MAGAZINE'] ?? '';
    expect(JSON.stringify(extract(text))).toBe(JSON.stringify(extract(text)));
  });

  it('copes with empty text', () => {
    expect(GraphDocumentSchema.safeParse(extract('')).success).toBe(true);
  });
});
