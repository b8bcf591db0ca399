#!/usr/bin/env node
// Regenerates packages/extractor/data/truecase.json: how English news writes each word when it is
// not the first of its sentence, counted on the CoNLL-2003 training split (Reuters, 1996-97; research
// use, as for the shipped tagger). The extractor reads it to restore the case of a text written all in
// capitals (old wire copy, some archives) before analysis (packages/extractor/src/text/truecase.ts).
//   node scripts/lexicon/truecase.mjs [--check] [conll2003/train.txt]
// A word is listed in `lower` when most of its mid-sentence uses are lower case and in `upper` when
// most are in capitals, at least three times, in five letters or fewer (acronyms: "NATO", "UN"); any other word is written capitalised. Sentences
// written all in capitals (CoNLL's headlines) are skipped. --check writes nothing and exits 1 when the
// committed file differs from a fresh count.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeGenerated } from '../lib/generated.mjs';
import { readConllColumn } from '../ner/conll.mjs';

// An acronym must be seen in capitals a few times and be short; one lower-case use lists a word.
const UPPER_MIN_USES = 3;
const UPPER_MAX_LENGTH = 5;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const check = process.argv.includes('--check');
const args = process.argv.slice(2).filter((a) => a !== '--check');
const source = resolve(args[0] ?? join(root, '../shared/eval/conll2003/train.txt'));
const out = join(root, 'packages/extractor/data/truecase.json');

const counts = new Map(); // lower-case form -> [lower, capitalised, upper]
for (const doc of readConllColumn(source, 'pos')) {
  for (const { words } of doc) {
    const letters = words.join('').replace(/[^\p{L}]/gu, '');
    if (letters.length > 0 && letters === letters.toUpperCase()) continue;
    words.slice(1).forEach((w) => {
      if (!/^\p{L}/u.test(w)) return;
      const key = w.toLowerCase();
      const c = counts.get(key) ?? [0, 0, 0];
      if (w === key) c[0] += 1;
      else if (w === w.toUpperCase() && w.length > 1) c[2] += 1;
      else c[1] += 1;
      counts.set(key, c);
    });
  }
}
const lower = [];
const upper = [];
for (const [word, [l, cap, up]] of counts) {
  if (l > cap + up) lower.push(word);
  else if (up > l + cap && up >= UPPER_MIN_USES && word.length <= UPPER_MAX_LENGTH)
    upper.push(word);
}
lower.sort();
upper.sort();
const json = `${JSON.stringify({
  $comment:
    'Mid-sentence case of English news words, counted on the CoNLL-2003 training split (Reuters 1996-97, research use) by scripts/lexicon/truecase.mjs: lower = mostly lower case, upper = mostly in capitals; other words are capitalised.',
  lower,
  upper,
})}\n`;
writeGenerated(out, json, { check, source });
process.stderr.write(`${out}: ${lower.length} lower-case and ${upper.length} upper-case words\n`);
