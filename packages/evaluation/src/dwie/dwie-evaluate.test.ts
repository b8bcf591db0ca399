import { describe, expect, it } from 'vitest';
import { evaluateDwie, type JsonInput } from './dwie-evaluate.js';

// A made-up DWIE document: one person and one country, no relations.
const TEXT = 'Helga Strand visited Norway on Monday.';
const at = (s: string): { begin: number; end: number } => ({
  begin: TEXT.indexOf(s),
  end: TEXT.indexOf(s) + s.length,
});
const DOC = {
  id: 'D1',
  content: TEXT,
  mentions: [
    { ...at('Helga Strand'), concept: 0 },
    { ...at('Norway'), concept: 1 },
  ],
  concepts: [
    { concept: 0, text: 'Helga Strand', tags: ['type::person'] },
    { concept: 1, text: 'Norway', tags: ['type::gpe0'] },
  ],
  relations: [],
};

async function* inTurn(files: JsonInput[]): AsyncGenerator<JsonInput> {
  for (const file of files) yield await Promise.resolve(file);
}

describe('evaluateDwie', () => {
  it('extracts and scores each document, from an array or an async source', async () => {
    const files = [
      { path: 'a.json', value: DOC },
      { path: 'b.json', value: { ...DOC, id: 'D2' } },
    ];
    for (const source of [files, inTurn(files)]) {
      const { score, articles } = await evaluateDwie(source);
      expect(score.articles).toBe(2);
      expect(articles).toHaveLength(2);
      expect(score.entities.gold).toBe(4);
      // The extractor is wired in: the country at least is found in both articles.
      expect(score.entities.found).toBeGreaterThanOrEqual(2);
    }
  });

  it('names the file of a document that is not DWIE', async () => {
    await expect(evaluateDwie([{ path: 'bad.json', value: { id: 'x' } }])).rejects.toThrow(
      /not a DWIE document/,
    );
    await expect(evaluateDwie([{ path: 'bad.json', value: {} }])).rejects.toMatchObject({
      where: 'bad.json',
    });
  });
});
