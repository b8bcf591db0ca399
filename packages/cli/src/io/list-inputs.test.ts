import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeError } from '@newsgraph/graph-schema';
import { describe, expect, it } from 'vitest';
import { runCli } from '../test-context.js';
import { listInputs } from './list-inputs.js';

async function collect(paths: string[], extensions: string[]): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const item of listInputs(paths, extensions)) {
    out.push('error' in item ? { path: item.path, error: describeError(item.error) } : item);
  }
  return out;
}

function folder(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-inputs-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('listInputs', () => {
  it('lists the matching files of a folder, sorted, and a named file whatever its extension', async () => {
    const dir = folder({ 'b.txt': 'B', 'a.txt': 'A', 'notes.md': 'x' });
    expect(await collect([dir, join(dir, 'notes.md')], ['.txt'])).toEqual([
      { path: join(dir, 'a.txt') },
      { path: join(dir, 'b.txt') },
      { path: join(dir, 'notes.md') },
    ]);
  });

  it('reports an empty folder, or one without a matching file, as an error naming it', async () => {
    const empty = folder();
    const other = folder({ 'readme.md': 'x' });
    mkdirSync(join(other, 'sub'));
    expect(await collect([empty, other], ['.txt', '.jsonl'])).toEqual([
      { path: empty, error: `${empty}: no .txt or .jsonl file in this folder` },
      { path: other, error: `${other}: no .txt or .jsonl file in this folder` },
    ]);
  });
});

describe('ingest and load of a folder with nothing to read', () => {
  it.each([
    ['ingest', 'no .txt or .jsonl file'],
    ['load', 'no .json or .jsonl file'],
  ])('%s says so and exits 1', async (command, says) => {
    const dir = folder({ 'readme.md': 'x' });
    // In-process runs use the TypeScript sources, where no built worker file exists: one thread.
    const extra = command === 'ingest' ? ['--workers', '1'] : [];
    const res = await runCli([command, '--dry-run', ...extra, dir]);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain(`failed: ${dir}: ${says} in this folder`);
  });
});
