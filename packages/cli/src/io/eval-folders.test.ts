import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from '@newsgraph/extractor';
import { describe, expect, it } from 'vitest';
import { readDwieFolder } from './dwie-folder.js';
import { goldPairs } from './gold-folder.js';
import { readPolnearFolder } from './polnear-folder.js';

// Inputs written for this test.
const TEXT = 'Harbour Deal\n\nNorway signed a fishing deal with Iceland on Monday.\n';
const GOLD = {
  article: 'deal.txt',
  entities: [{ key: 'norway', type: 'State', name: 'Norway', aliases: [], required: true }],
  relations: [],
  quotes: [],
};

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-eval-io-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('goldPairs', () => {
  it('extracts each gold file’s article, or reads its prediction from --pred', async () => {
    const dir = folder({ 'deal.gold.json': JSON.stringify(GOLD), 'deal.txt': TEXT });
    const [extracted] = await goldPairs(dir, undefined);
    expect(extracted?.gold.entities[0]?.name).toBe('Norway');
    expect(extracted?.predicted.article.id).toBe('deal');
    const pred = folder({ 'deal.json': JSON.stringify(extract(TEXT, { id: 'deal' })) });
    const [read] = await goldPairs(dir, pred);
    expect(read?.predicted).toEqual(extracted?.predicted);
  });

  it('names the folder without gold files and the file of a bad one', async () => {
    await expect(goldPairs(folder({ 'a.txt': TEXT }), undefined)).rejects.toThrow(
      /no \*\.gold\.json/,
    );
    const dir = folder({ 'deal.gold.json': '{"article": ' });
    await expect(goldPairs(dir, undefined)).rejects.toMatchObject({
      code: 'INVALID_JSON',
      where: join(dir, 'deal.gold.json'),
    });
  });
});

describe('readDwieFolder', () => {
  it('yields each JSON file in name order with its path', async () => {
    const dir = folder({ 'b.json': '{"n": 2}', 'a.json': '{"n": 1}', 'notes.txt': 'x' });
    expect(await all(readDwieFolder(dir))).toEqual([
      { path: join(dir, 'a.json'), value: { n: 1 } },
      { path: join(dir, 'b.json'), value: { n: 2 } },
    ]);
  });

  it('fails on a folder without JSON files', async () => {
    await expect(all(readDwieFolder(folder({ 'a.txt': 'x' })))).rejects.toThrow(/no \*\.json/);
  });
});

describe('readPolnearFolder', () => {
  it('pairs each text with its attributions', async () => {
    const dir = folder({ 'text/a.txt': TEXT, 'attributions/a.ann': 'T1\tCue 0 4\tsaid' });
    expect(await all(readPolnearFolder(dir))).toEqual([
      {
        article: 'a',
        text: TEXT,
        ann: 'T1\tCue 0 4\tsaid',
        annPath: join(dir, 'attributions', 'a.ann'),
      },
    ]);
  });

  it('names the missing attributions file', async () => {
    const dir = folder({ 'text/a.txt': TEXT });
    await expect(all(readPolnearFolder(dir))).rejects.toMatchObject({
      where: expect.stringMatching(/a\.ann$/) as unknown,
    });
  });
});
