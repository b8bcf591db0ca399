import { entityId } from '@newsgraph/graph-schema';
import type { LexiconEntry } from '../lexicon/entry.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { orgCues } from '../lexicon/org-cues.js';
import { tokenize } from '../text/tokenize.js';
import type { Candidate } from './candidate.js';

type Tally = Map<string, { count: number; at: number }>;

function count(tally: Tally, id: string, at: number): void {
  const seen = tally.get(id);
  if (seen === undefined) tally.set(id, { count: 1, at });
  else seen.count += 1;
}

/** The most counted id, the earlier of equals. */
function most(tally: Tally): string | undefined {
  let best: { id: string; count: number; at: number } | undefined;
  for (const [id, v] of tally)
    if (best === undefined || v.count > best.count || (v.count === best.count && v.at < best.at))
      best = { id, ...v };
  return best?.id;
}

/**
 * The state whose bodies a bare "Senate" or "Parliament" most likely is: the state whose parties and
 * institutions the article names most ("Republicans", "the Bundestag"), since those place the
 * article there even where a foreign state it is about is named more often ("the Senate passed a
 * bill on Saudi Arabia"); else the state named most. The earlier of equals; none where that state is
 * never named as a state (a body is named after a state the article names).
 */
function mainState(candidates: readonly Candidate[]): Candidate | undefined {
  const institutions: Tally = new Map();
  const named: Tally = new Map();
  const first = new Map<string, Candidate>();
  candidates.forEach((c, i) => {
    if (c.id === undefined) return;
    if (c.type === 'State') {
      count(named, c.id, i);
      if (!first.has(c.id)) first.set(c.id, c);
    } else if (c.type === 'Organization' && c.entry?.state !== undefined) {
      count(institutions, c.entry.state, i);
    }
  });
  const id = most(institutions) ?? most(named);
  return id === undefined ? undefined : first.get(id);
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
