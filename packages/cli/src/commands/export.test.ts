import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureContext, type CapturedContext } from '../test-context.js';
import { twoDocuments } from '../../../exports/src/export/test-fixtures.js';
import { runExport } from './export.js';
import { runRender } from './render.js';

const context = (): CapturedContext => captureContext();

/** A folder with the two fixture documents and one broken file. */
function inputs(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-export-'));
  twoDocuments().forEach((doc, i) => writeFileSync(join(dir, `doc${i}.json`), JSON.stringify(doc)));
  writeFileSync(join(dir, 'broken.json'), '{');
  return dir;
}

describe('runExport', () => {
  it('writes a one-file format to --out and lists inputs that failed', async () => {
    const { ctx, err } = context();
    const out = join(mkdtempSync(join(tmpdir(), 'newsgraph-out-')), 'graph.graphml');
    const result = await runExport(ctx, {
      inputs: [inputs()],
      format: 'graphml',
      out,
      json: false,
    });
    expect(result).toMatchObject({ articles: 2, files: [out] });
    expect(result.failures).toHaveLength(1);
    expect(readFileSync(out, 'utf8')).toContain('<graphml');
    expect(err()).toMatch(/export: 2 article\(s\) as graphml .*, 1 input\(s\) failed/);
  });

  it('writes a folder of CSV files for neo4j-admin', async () => {
    const { ctx } = context();
    const out = join(mkdtempSync(join(tmpdir(), 'newsgraph-out-')), 'admin');
    await runExport(ctx, { inputs: [inputs()], format: 'neo4j-admin', out, json: false });
    expect(readdirSync(out)).toEqual(
      expect.arrayContaining(['import.sh', 'nodes-State.csv', 'relationships-OPPOSES.csv']),
    );
  });

  it('prints a one-file format on stdout without --out', async () => {
    const { ctx, out } = context();
    await runExport(ctx, { inputs: [inputs()], format: 'json', json: false });
    expect(JSON.parse(out())).toMatchObject({ options: { multi: true } });
  });

  it('asks for --out for a folder format', async () => {
    const { ctx } = context();
    await expect(
      runExport(ctx, { inputs: [inputs()], format: 'csv', json: false }),
    ).rejects.toMatchObject({ code: 'USAGE' });
  });
});

describe('runRender', () => {
  it('picks SVG or HTML by the extension of --out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-out-'));
    for (const name of ['graph.svg', 'graph.html']) {
      const { ctx } = context();
      await runRender(ctx, { inputs: [inputs()], out: join(dir, name) });
    }
    expect(readFileSync(join(dir, 'graph.svg'), 'utf8')).toMatch(/^<\?xml[^>]*>\n<svg/);
    expect(readFileSync(join(dir, 'graph.html'), 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('refuses another extension as a usage error', async () => {
    const { ctx } = context();
    await expect(runRender(ctx, { inputs: [inputs()], out: 'graph.png' })).rejects.toMatchObject({
      code: 'USAGE',
    });
  });
});
