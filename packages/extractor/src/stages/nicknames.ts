import type { Lexicon } from '../lexicon/lexicon.js';
import { personSlots } from '../lexicon/person-slots.js';
import { speakerWords } from '../lexicon/speaker-words.js';
import type { Token } from '../text/tokenize.js';
import type { Candidate } from './candidate.js';

export interface NicknameInput {
  text: string;
  tokens: readonly Token[];
  candidates: readonly Candidate[];
  lexicon: Lexicon;
}

/** The most words a nickname in quotes inside a name may have ('Big Tom'). */
const NICKNAME_WORDS = 3;

/** Opening quotation marks and the closing mark each expects. */
const CLOSING: ReadonlyMap<string, string> = new Map([
  ['"', '"'],
  ["'", "'"],
  ['“', '”'],
  ['‘', '’'],
]);

/**
 * 'Tomas "Tommy" Okafor', "Ana 'La Roca' Ruiz": a given name, a nickname in quotation marks and a
 * surname are one person's name. The candidates inside the span (the given name, the nickname, the
 * surname, each read alone) give way to one person over the whole of it. The given name must be
 * listed (as the given-name rule reads it) or already read as a person's, and no candidate of
 * another type may lie in the span.
 */
export function joinNicknames(input: NicknameInput): Candidate[] {
  const joined: Candidate[] = [];
  const covered = new Set<Candidate>();
  for (const c of input.candidates) {
    // The quotation mark after the word first: it is rarer than a given name.
    if (c.last - c.first !== 1) continue;
    const end = nicknameEnd(input.tokens, c.last);
    const surname = input.tokens[end];
    if (end < 0 || surname === undefined || !surname.word || !surname.cap) continue;
    if (!givenName(input, c)) continue;
    const inside = input.candidates.filter((o) => o.first < end + 1 && o.last > c.first);
    if (inside.some((o) => o.first < c.first || o.last > end + 1 || otherType(o))) continue;
    for (const o of inside) covered.add(o);
    joined.push(person(input, c, inside, end + 1));
  }
  if (joined.length === 0) return [...input.candidates];
  return [...input.candidates.filter((c) => !covered.has(c)), ...joined];
}

function givenName(input: NicknameInput, c: Candidate): boolean {
  if (c.type !== null && c.type !== 'Person') return false;
  if (c.type === 'Person' || c.tagged === 'Person' || input.lexicon.firstNames.has(c.text))
    return true;
  return speakerWords().givenNames.has(c.text) && !personSlots().wordGivenNames.has(c.text);
}

function otherType(c: Candidate): boolean {
  return c.type !== null && c.type !== 'Person';
}

/** Where the surname should stand after '"Tommy"' from `at`, or -1 where no nickname is there. */
function nicknameEnd(tokens: readonly Token[], at: number): number {
  const open = tokens[at];
  const close = open === undefined ? undefined : CLOSING.get(open.text);
  const before = tokens[at - 1];
  if (open === undefined || close === undefined || before === undefined) return -1;
  if (open.start === before.end) return -1;
  let i = at + 1;
  while (i <= at + NICKNAME_WORDS && tokens[i]?.word === true && tokens[i]?.cap === true) i++;
  const closing = tokens[i];
  if (i === at + 1 || closing?.text !== close || closing.start !== tokens[i - 1]?.end) return -1;
  const next = tokens[i + 1];
  return next !== undefined && next.start > closing.end ? i + 1 : -1;
}

function person(
  input: NicknameInput,
  given: Candidate,
  inside: readonly Candidate[],
  last: number,
): Candidate {
  const end = input.tokens[last - 1]?.end ?? given.end;
  const text = input.text.slice(given.start, end).replace(/\s+/g, ' ');
  const out: Candidate = { ...given, end, last, text, name: text, type: 'Person', kind: 'name' };
  delete out.tagged;
  delete out.place;
  const role = inside.find((o) => o.role !== undefined)?.role;
  if (role !== undefined) out.role = role;
  if (inside.some((o) => o.speaker === true)) out.speaker = true;
  return out;
}
