#!/usr/bin/env node
// Regenerates packages/extractor/src/lexicon/data/people-names.json (see people-names.LICENSE.txt
// beside it) from the npm package @cspell/dict-people-names (MIT): a list of words that are part of
// people's names (given names and surnames of all cultures), one a line. Kept: one capitalised word
// ("Halvorsen", not "McDonald" or "O'Brien", which the name rules read by their shape), that is not a
// word English news writes mostly in lower case (the CoNLL-2003 truecase list: "Will", "Hope",
// "Well" name people too, but say nothing as names).
// Usage: node scripts/lexicon/people-names.mjs   (needs npm and its registry)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const VERSION = '1.1.16';
const NAME = /^\p{Lu}\p{Ll}+$/u;
const dir = mkdtempSync(join(tmpdir(), 'people-names-'));
const file = execFileSync('npm', ['pack', `@cspell/dict-people-names@${VERSION}`, '--silent'], {
  cwd: dir,
  encoding: 'utf8',
}).trim();
execFileSync('tar', ['xzf', file], { cwd: dir });
const lines = readFileSync(join(dir, 'package', 'dict', 'people-names.txt'), 'utf8').split('\n');
const truecase = JSON.parse(
  readFileSync(new URL('../../packages/extractor/data/truecase.json', import.meta.url), 'utf8'),
);
const lower = new Set(truecase.lower);
const names = [...new Set(lines.map((l) => l.trim()).filter((l) => NAME.test(l)))]
  .filter((n) => !lower.has(n.toLowerCase()))
  .sort();
const out = {
  $comment: `Words that are part of people's names, one capitalised word each, separated by spaces: @cspell/dict-people-names ${VERSION} (MIT), less the words news writes mostly in lower case (data/truecase.json). Regenerate with scripts/lexicon/people-names.mjs.`,
  // One line: tens of thousands of short words.
  names: names.join(' '),
};
const target = new URL(
  '../../packages/extractor/src/lexicon/data/people-names.json',
  import.meta.url,
);
writeFileSync(target, `${JSON.stringify(out, null, 2)}\n`);
console.error(`names ${names.length}`);
