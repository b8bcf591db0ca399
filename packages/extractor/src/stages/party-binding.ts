import type { LexiconEntry } from '../lexicon/entry.js';
import { lexicon } from '../lexicon/lexicon.js';
import type { Candidate } from './candidate.js';

/**
 * The states an article names: by name, or by a capital named as a place ("in Ottawa"), which
 * places the story in that country as surely.
 */
export function namedStates(sorted: readonly Candidate[]): Set<string> {
  const named = new Set<string>();
  for (const c of sorted) {
    if (c.type === 'State' && c.id !== undefined) named.add(c.id);
    else if (c.capitalOf !== undefined) named.add(c.capitalOf);
  }
  return named;
}

/**
 * "the Liberals", "the Conservatives" in a story that names Canada: the one party of a named state
 * whose name is the word's singular before "Party" ("Liberal Party of Canada"; "Democrats" gives
 * "Democratic Party"). None where no named state, or several, list such a party: a party's plural
 * names the party only where the context binds its country.
 */
export function namedStateParty(
  word: string,
  states: ReadonlySet<string>,
): LexiconEntry | undefined {
  if (states.size === 0) return undefined;
  const stem = word.endsWith('s') ? word.slice(0, -1) : word;
  let found: LexiconEntry | undefined;
  for (const party of partiesByStem().get(stem) ?? []) {
    if (party.state === undefined || !states.has(party.state)) continue;
    if (found !== undefined && found.id !== party.id) return undefined;
    found = party;
  }
  return found;
}

/** A party the lexicon binds to a state, or an untyped plural that a state's party may be. */
export function partyLike(c: Candidate): boolean {
  if (c.type === 'Organization') return c.entry?.orgKind === 'party';
  return c.type === null && c.text.endsWith('s') && partiesByStem().has(c.text.slice(0, -1));
}

let byStem: Map<string, LexiconEntry[]> | undefined;

/** State-bound parties by the word before "Party" in their name, "Democratic" also as "Democrat". */
function partiesByStem(): ReadonlyMap<string, LexiconEntry[]> {
  if (byStem !== undefined) return byStem;
  byStem = new Map();
  for (const party of lexicon().parties) {
    const word = /^(\p{Lu}\p{Ll}{3,}) Party\b/u.exec(party.name)?.[1];
    if (word === undefined) continue;
    for (const stem of word.endsWith('ic') ? [word, word.slice(0, -2)] : [word]) {
      const list = byStem.get(stem) ?? [];
      list.push(party);
      byStem.set(stem, list);
    }
  }
  return byStem;
}

/**
 * "the Liberals" where the story names Canada: an untyped plural the named state's party list
 * opens with is that party (an alias mention). Others stay as they are.
 */
export function bindPartyPlural(c: Candidate, states: ReadonlySet<string>): Candidate {
  if (c.type !== null || c.reference !== undefined || c.last - c.first !== 1) return c;
  if (!c.text.endsWith('s')) return c;
  const party = namedStateParty(c.text, states);
  if (party === undefined) return c;
  const bound: Candidate = { ...partyAlias(c, party), type: 'Organization', kind: 'alias' };
  delete bound.tagged;
  return bound;
}

/** The candidate as a mention of `party` by an alias ("the Liberals"). */
export function partyAlias(c: Candidate, party: LexiconEntry): Candidate {
  return { ...c, id: party.id, name: party.name, entry: { ...party, mentionKind: 'alias' } };
}
