import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeDocuments } from './merge-documents.js';
import { toNeo4jAdminFiles } from './neo4j-admin.js';
import { twoDocuments } from './test-fixtures.js';

/**
 * Writes the export into a folder whose name has a space, puts a neo4j-admin on PATH that
 * prints each argument on its own line, and runs import.sh with sh.
 */
function runImportScript(
  docs: ReturnType<typeof twoDocuments>,
  args: string[],
): { status: number | null; argv: string[]; dir: string; stderr: string } {
  const root = mkdtempSync(join(tmpdir(), 'newsgraph-import-sh-'));
  const dir = join(root, 'my export');
  const bin = join(root, 'bin');
  mkdirSync(dir);
  mkdirSync(bin);
  for (const f of toNeo4jAdminFiles(mergeDocuments(docs)))
    writeFileSync(join(dir, f.path), f.content);
  writeFileSync(
    join(bin, 'neo4j-admin'),
    '#!/bin/sh\nfor a in "$@"; do printf "%s\\n" "$a"; done\n',
  );
  chmodSync(join(bin, 'neo4j-admin'), 0o755);
  const result = spawnSync('sh', [join(dir, 'import.sh'), ...args], {
    encoding: 'utf8',
    env: { PATH: `${bin}:/usr/bin:/bin` },
  });
  return {
    status: result.status,
    argv: result.stdout.split('\n').slice(0, -1),
    dir,
    stderr: result.stderr,
  };
}

describe('import.sh of the neo4j-admin export', () => {
  it('is valid sh', () => {
    const root = mkdtempSync(join(tmpdir(), 'newsgraph-import-sh-'));
    const script = toNeo4jAdminFiles(mergeDocuments(twoDocuments())).find(
      (f) => f.path === 'import.sh',
    );
    writeFileSync(join(root, 'import.sh'), script?.content ?? '');
    expect(spawnSync('sh', ['-n', join(root, 'import.sh')]).status).toBe(0);
  });

  it('hands neo4j-admin the delimiter and every file, in a folder whose name has a space', () => {
    const { status, argv, dir, stderr } = runImportScript(twoDocuments().slice(0, 1), []);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(argv.slice(0, 6)).toEqual([
      'database',
      'import',
      'full',
      'neo4j',
      '--array-delimiter=;',
      '--multiline-fields=true',
    ]);
    expect(argv).toContain(`--nodes=${dir}/nodes-State.csv`);
    expect(argv.filter((a) => a.startsWith('--relationships=')).length).toBeGreaterThan(0);
  });

  it('passes the database and further options through', () => {
    const { argv } = runImportScript(twoDocuments(), ['news', '--overwrite-destination']);
    expect(argv[3]).toBe('news');
    expect(argv).toContain('--array-delimiter=U+001F');
    expect(argv.at(-1)).toBe('--overwrite-destination');
  });
});
