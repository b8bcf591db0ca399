#!/usr/bin/env node
/**
 * Extraction speed of two builds, measured in one process in alternating rounds, so both see the
 * same machine load: on 2 shared cores, separate runs of the same build differ by up to 30%, and
 * one round after the other by about 5%. Each round extracts every text once with one build and
 * once with the other, the first build changing each round (whichever module loaded first ran a
 * few percent faster). Reports words per CPU second, the median and best of the rounds, and the
 * median ratio. Usage:
 *   node scripts/bench/ab-extract.mjs --a ../main --b . [--texts bench|eval] [--words W] [--rounds R]
 * `--a`, `--b`: repository roots with built `packages/extractor/dist`; `--texts bench`: the
 * benchmark's generated articles (`articles.mjs`), `eval`: PolNeAR and DWIE texts from `--eval`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { articlesOfWords, countWords } from './articles.mjs';

const { values: opts } = parseArgs({
  options: {
    a: { type: 'string', default: '.' },
    b: { type: 'string', default: '.' },
    texts: { type: 'string', default: 'bench' },
    words: { type: 'string', default: '60000' },
    rounds: { type: 'string', default: '10' },
    eval: { type: 'string', default: '/work/shared/eval' },
  },
});

const extractOf = async (root) =>
  (await import(pathToFileURL(path.resolve(root, 'packages/extractor/dist/index.js')).href))
    .extract;
const builds = [await extractOf(opts.a), await extractOf(opts.b)];
const texts = opts.texts === 'eval' ? evalTexts(opts.eval) : benchTexts(Number(opts.words));
const words = texts.reduce((n, t) => n + countWords(t), 0);

function benchTexts(minWords) {
  return articlesOfWords(minWords).articles.map((a) => a.text);
}

/** Real news, slower per word than the templates: PolNeAR's texts and DWIE's, up to `words`. */
function evalTexts(root) {
  const out = [];
  let total = 0;
  const polnear = path.join(root, 'polnear/text');
  const dwie = path.join(root, 'dwie');
  const all = [
    ...readdirSync(polnear).map((f) => readFileSync(path.join(polnear, f), 'utf8')),
    ...readdirSync(dwie).map((f) => JSON.parse(readFileSync(path.join(dwie, f), 'utf8')).content),
  ];
  for (const text of all) {
    if (total >= Number(opts.words)) break;
    out.push(text);
    total += countWords(text);
  }
  return out;
}

/** CPU seconds of this thread for one pass over the texts. */
function pass(extract) {
  const before = process.cpuUsage();
  for (const text of texts) extract(text);
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1e6;
}

// Warm-up: JIT and each build's lexicons, unrecorded.
for (let i = 0; i < 2; i++) for (const extract of builds) pass(extract);
const seconds = [[], []];
for (let r = 0; r < Number(opts.rounds); r++) {
  const order = r % 2 === 0 ? [0, 1] : [1, 0];
  for (const k of order) seconds[k].push(pass(builds[k]));
}

const median = (xs) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
const rate = (s) => Math.round(words / s).toLocaleString('en-US');
const row = (name, xs) =>
  `${name}: median ${rate(median(xs))} words/CPU s, best ${rate(Math.min(...xs))}`;
console.log(`${texts.length} texts (${opts.texts}), ${words} words, ${opts.rounds} rounds`);
console.log(row(`A ${opts.a}`, seconds[0]));
console.log(row(`B ${opts.b}`, seconds[1]));
console.log(`B / A (median): ${(median(seconds[0]) / median(seconds[1])).toFixed(3)}`);
