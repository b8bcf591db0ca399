import { describe, expect, it } from 'vitest';
import type { ArticleItem } from './article-item.js';
import { checkWorkers, extractArticles, serialScheduler } from './extract-articles.js';

const TEXT =
  'NATO Secretary General Jens Stoltenberg said on Monday that Germany supports Ukraine. ' +
  '"We stand together," Stoltenberg told reporters in Brussels.';

async function* items(list: readonly ArticleItem[]): AsyncGenerator<ArticleItem> {
  for (const item of list) yield await Promise.resolve(item);
}

describe('checkWorkers', () => {
  it('passes a positive integer or nothing', () => {
    expect(checkWorkers(undefined)).toBeUndefined();
    expect(checkWorkers(3)).toBe(3);
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects %s as a usage error', (n) => {
    expect(() => checkWorkers(n)).toThrow(expect.objectContaining({ code: 'USAGE' }));
  });
});

describe('extractArticles in this thread', () => {
  it('extracts valid graph documents in input order, passing unreadable inputs through', async () => {
    const unreadable = { where: 'b.txt', error: new Error('gone') } as unknown as ArticleItem;
    const out = [];
    for await (const item of extractArticles(
      items([
        { where: 'a.txt', text: TEXT, meta: { id: 'a' } },
        unreadable,
        { where: 'c.txt', text: TEXT, meta: { id: 'c' } },
      ]),
      { workers: 1 },
    ))
      out.push(item);
    expect(out.map((i) => i.where)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(out[1]).toBe(unreadable);
    const first = out[0];
    expect(first && 'doc' in first ? first.doc.article.id : undefined).toBe('a');
  });
});

describe('serialScheduler', () => {
  it('runs tasks one per turn of the event loop, so I/O callbacks run in between', async () => {
    const run = serialScheduler();
    const order: string[] = [];
    const tasks = [1, 2, 3].map((n) => run(() => order.push(`task ${n}`)));
    setImmediate(() => order.push('io'));
    await Promise.all(tasks);
    expect(order.indexOf('io')).toBeGreaterThan(0);
    expect(order.indexOf('io')).toBeLessThan(3);
  });

  it('rejects with what the task threw, and goes on with the next', async () => {
    const run = serialScheduler();
    const failed = run(() => {
      throw new Error('bad article');
    });
    await expect(failed).rejects.toThrow('bad article');
    await expect(run(() => 42)).resolves.toBe(42);
  });
});

describe('extractArticles with --actors', () => {
  it('hands the added actors to the extractor', async () => {
    const { readActors } = await import('@newsgraph/extractor');
    const actors = readActors('TOMAS_EKDAL_\n\t[NORGOV 190101-201231]\n', 'mine.txt');
    const text = 'Prime Minister Tomas Ekdal said Norway would cut taxes.';
    const out = [];
    for await (const item of extractArticles(items([{ where: 'a.txt', text, meta: { id: 'a' } }]), {
      workers: 1,
      actors,
    }))
      out.push(item);
    const first = out[0];
    const doc = first && 'doc' in first ? first.doc : undefined;
    expect(
      doc?.entities.find((e) => e.id === 'person:tomas-ekdal')?.attributes?.['actorState'],
    ).toBe('NOR');
  });
});
