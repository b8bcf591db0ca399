import { entityId } from '@newsgraph/graph-schema';
import type { LexiconEntry } from '../lexicon/entry.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { orgCues } from '../lexicon/org-cues.js';
import { tokenize } from '../text/tokenize.js';
import type { Candidate } from './candidate.js';

/** The state the article names most often, the earlier of equals. */
function mainState(candidates: readonly Candidate[]): Candidate | undefined {
  const counts = new Map<string, { count: number; first: Candidate }>();
  for (const c of candidates) {
    if (c.type !== 'State' || c.id === undefined) continue;
    const seen = counts.get(c.id);
    if (seen === undefined) counts.set(c.id, { count: 1, first: c });
    else seen.count += 1;
  }
  let best: { count: number; first: Candidate } | undefined;
  for (const v of counts.values()) if (best === undefined || v.count > best.count) best = v;
  return best?.first;
}

/** The listed body of the state by that head word: "United States Senate", "Parliament of the United Kingdom". */
export function listedBody(lex: Lexicon, word: string, state: Candidate): LexiconEntry | undefined {
  for (const phrase of [
    `${state.name} ${word}`,
    `${word} of ${state.name}`,
    `${word} of the ${state.name}`,
  ]) {
    const tokens = tokenize(phrase);
    const match = lex.phrases.longest(tokens, 0);
    if (match?.end !== tokens.length) continue;
    const entry = match.values.find(
      (v) => v.type === 'Organization' && (v.state === undefined || v.state === state.id),
    );
    if (entry !== undefined) return entry;
  }
  return undefined;
}

/**
 * "The U.S. Senate voted ... the Senate": per head word, the one listed body of a state that the
 * article names in full with that last word (null where it names several).
 */
function namedBodies(
  candidates: readonly Candidate[],
  bodies: ReadonlySet<string>,
): Map<string, Candidate | null> {
  const named = new Map<string, Candidate | null>();
  for (const c of candidates) {
    if (c.type !== 'Organization' || c.entry?.state === undefined || c.id === undefined) continue;
    const word = /(\p{Lu}\p{Ll}+)$/u.exec(c.name)?.[1];
    if (word === undefined || !bodies.has(word) || c.first + 1 === c.last) continue;
    const seen = named.get(word);
    named.set(word, seen === undefined || seen?.id === c.id ? c : null);
  }
  return named;
}

/**
 * "his vote in the Senate", "away from Parliament": a state's body named by its head word alone
 * is the body of the state the article names most; the listed one where the lexicon has it, else
 * "Senate of Italy" as rule-built organizations name a state's generic body. Nothing without a
 * state, nor after another name ("the FIFA Congress"). Where the article names the state's body in
 * full ("the U.S. Senate"), that one.
 */
export function nameBareBodies(
  candidates: readonly Candidate[],
  input: { text: string; lexicon: Lexicon },
): Candidate[] {
  const bodies = orgCues().bareBodies;
  const lex = input.lexicon;
  // "the FIFA Congress", "the State Congress": a capitalised word before makes it another's body.
  const named = (c: Candidate): boolean => {
    const before = input.text.slice(Math.max(0, c.start - 40), c.start);
    const word = /(\p{Lu}[\p{L}\p{N}'’-]*)\s+$/u.exec(before)?.[1];
    return word !== undefined && !lex.stopwords.has(word.toLowerCase());
  };
  const bare = (c: Candidate): boolean =>
    c.type === null &&
    c.reference === undefined &&
    c.tagged === undefined &&
    c.first + 1 === c.last &&
    bodies.has(c.text) &&
    !named(c);
  if (!candidates.some(bare)) return [...candidates];
  const inFull = namedBodies(candidates, bodies);
  const state = mainState(candidates);
  const stateId = state?.id;
  return candidates.map((c) => {
    if (!bare(c)) return c;
    const body = inFull.get(c.text);
    if (body?.entry !== undefined && body.id !== undefined)
      return {
        ...c,
        type: 'Organization',
        kind: 'alias',
        id: body.id,
        name: body.name,
        entry: body.entry,
      };
    if (state === undefined || stateId === undefined) return c;
    const entry = listedBody(lex, c.text, state);
    if (entry !== undefined)
      return { ...c, type: 'Organization', kind: 'alias', id: entry.id, name: entry.name, entry };
    const name = `${c.text} of ${state.name}`;
    return {
      ...c,
      type: 'Organization',
      kind: 'name',
      id: entityId('Organization', name),
      name,
      attributes: { state: stateId },
    };
  });
}
