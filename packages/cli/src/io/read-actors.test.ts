import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphDocumentSchema } from '@newsgraph/graph-schema';
import { describe, expect, it } from 'vitest';
import { runCli } from '../test-context.js';

// A made-up office holder after the bundled dictionaries end, in two versions of a user's file.
const ARTICLE =
  'Budget talks\n\nPrime Minister Tomas Ekdal said on Monday that Norway would cut taxes.\n';
const FIRST = 'TOMAS_EKDAL_\n\t[SWEGOV 190101-201231]\n';
const SECOND = 'TOMAS_EKDAL_\n\t[NORGOV 190101-201231]\n';

function files(): { dir: string; article: string; first: string; second: string } {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-actors-'));
  const put = (name: string, text: string): string => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  return {
    dir,
    article: put('budget.txt', ARTICLE),
    first: put('first.txt', FIRST),
    second: put('second.txt', SECOND),
  };
}

describe('newsgraph extract --actors', () => {
  it('adds the actors of the files given, the later file winning', async () => {
    const f = files();
    const res = await runCli(['extract', '--actors', f.first, '--actors', f.second, f.article]);
    expect(res.code).toBe(0);
    const doc = GraphDocumentSchema.parse(JSON.parse(res.stdout));
    const person = doc.entities.find((e) => e.id === 'person:tomas-ekdal');
    expect(person?.attributes?.['actorState']).toBe('NOR');
  });

  it('fails with the file and line of a malformed dictionary', async () => {
    const f = files();
    const bad = join(f.dir, 'bad.txt');
    writeFileSync(bad, 'TOMAS_EKDAL_\n\t[NORGOV 19-x]\n');
    const res = await runCli(['extract', '--actors', bad, f.article]);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain(`${bad}:2`);
    expect(res.stdout).toBe('');
  });
});
