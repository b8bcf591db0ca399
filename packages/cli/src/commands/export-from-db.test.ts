import { describe, expect, it } from 'vitest';
import { mergeDocuments, missingArticles } from '@newsgraph/exports';
import { twoDocuments } from '../../../exports/src/export/test-fixtures.js';
import { captureContext } from '../test-context.js';
import { runExport, type ExportArgs } from './export.js';

describe('missingArticles', () => {
  it('lists each asked-for article the graph does not hold, once', () => {
    const graph = mergeDocuments(twoDocuments());
    expect(missingArticles(graph, ['a1', 'nope', 'a2', 'nope'])).toEqual(['nope']);
  });
});

describe('runExport with --from-db', () => {
  const { ctx } = captureContext();
  const args = (more: Partial<ExportArgs>): ExportArgs => ({
    inputs: [],
    format: 'graphml',
    json: false,
    ...more,
  });

  it('refuses graph documents beside --from-db', async () => {
    await expect(runExport(ctx, args({ fromDb: true, inputs: ['x.json'] }))).rejects.toMatchObject({
      code: 'USAGE',
      message: expect.stringMatching(/--from-db/) as unknown,
    });
  });

  it('refuses --article without --from-db', async () => {
    await expect(
      runExport(ctx, args({ inputs: ['x.json'], article: ['a1'] })),
    ).rejects.toMatchObject({
      code: 'USAGE',
      message: expect.stringMatching(/--article/) as unknown,
    });
  });

  it('asks for inputs or --from-db when given neither', async () => {
    await expect(runExport(ctx, args({}))).rejects.toMatchObject({ code: 'USAGE' });
  });

  it('asks for --out before reading the database for a folder format', async () => {
    await expect(
      runExport(ctx, args({ fromDb: true, format: 'neo4j-admin' })),
    ).rejects.toMatchObject({ code: 'USAGE', message: expect.stringMatching(/--out/) as unknown });
  });
});
