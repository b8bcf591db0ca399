import { actorKey, bundledActors } from '../actors/actor-index.js';
import { nameMatching } from '../lexicon/name-matching.js';
import { speakerWords } from '../lexicon/speaker-words.js';
import { withProps } from '../with-props.js';
import type { Candidate } from './candidate.js';

/** A person's name or a bare capitalised word, not a state's, place's or body's. */
function personLike(c: Candidate): boolean {
  return c.type === 'Person' || (c.type === null && c.reference === undefined && c.place !== true);
}

/** The surname of a two-word name opened by a listed given name: "Miliband" of "David Miliband". */
function sharedSurname(c: Candidate): string | undefined {
  const words = c.name.split(' ');
  if (words.length !== 2 || !personLike(c)) return undefined;
  return speakerWords().givenNames.has(words[0] ?? '') ? words[1] : undefined;
}

/** Every word of the article's names of several words: "Bashar" of "Bashar al-Assad". */
function wordsOfLongerNames(sorted: readonly Candidate[]): Set<string> {
  const out = new Set<string>();
  for (const c of sorted) if (c.last - c.first > 1) for (const w of c.name.split(' ')) out.add(w);
  return out;
}

/**
 * "Bashar and Vladimir Putin": where the actor table knows the full name but no person of the
 * joined one, the lone given name is more likely someone else called by a first name than a
 * relative of the famous bearer ("Raul and Fidel Castro", both known, stay joined).
 */
function knownAlone(fullName: string, joined: string): boolean {
  const { byName } = bundledActors();
  const known = (name: string): boolean =>
    byName.get(actorKey(name))?.some((a) => a.type === 'Person') === true;
  return known(fullName) && !known(joined);
}

/** The text's last word before `start`, with a comma right after it when there is one. */
const LAST_WORD = /(\S+?)(,?)\s*$/u;

/**
 * Where a lone given name may open a pair of people: not after a title ("Prince William and Kate
 * Middleton"), a determiner ("a Williams and Gerhard Berger") or a capitalised word and a comma
 * (a list of places: "San Andres, Providencia and Santa Catalina").
 */
function opensPair(text: string, c: Candidate): boolean {
  if (c.role !== undefined) return false;
  const words = speakerWords();
  const before = LAST_WORD.exec(text.slice(Math.max(0, c.start - 40), c.start));
  const word = before?.[1];
  if (word === undefined) return true;
  if (before?.[2] === ',') return !/^\p{Lu}/u.test(word);
  return !words.determiners.has(word.toLowerCase()) && !words.titleGender.has(word);
}

/**
 * "Ed and David Miliband", "Serena and Venus Williams": a lone listed given name joined by "and"
 * (name-matching.json givenNameJoiners) to a full name opened by another listed given name is
 * the given name of a second bearer of that surname, and is named so ("Ed Miliband"), keeping its
 * own span. Not where the word is part of a longer name in the article: there it calls that
 * person by one of their names ("Bashar and Vladimir Putin", "Bannon and Stephen Miller"), nor
 * where only the full name is a known public figure (`knownAlone`).
 * Candidates are sorted by start.
 */
export function shareSurnames(sorted: readonly Candidate[], text: string): readonly Candidate[] {
  const joiners = nameMatching().givenNameJoiners;
  let out: Candidate[] | undefined;
  let named: Set<string> | undefined;
  for (let i = 0; i + 1 < sorted.length; i++) {
    const c = sorted[i];
    const next = sorted[i + 1];
    if (c === undefined || next === undefined || c.last - c.first !== 1 || !personLike(c)) continue;
    if (!speakerWords().givenNames.has(c.name) || !opensPair(text, c)) continue;
    const between = text.slice(c.end, next.start).trim();
    const surname = joiners.has(between) ? sharedSurname(next) : undefined;
    if (surname === undefined || (named ??= wordsOfLongerNames(sorted)).has(c.name)) continue;
    if (knownAlone(next.name, `${c.name} ${surname}`)) continue;
    out ??= [...sorted];
    out[i] = withProps(c, { name: `${c.name} ${surname}`, type: next.type });
  }
  return out ?? sorted;
}
