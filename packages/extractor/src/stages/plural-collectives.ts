import { entityId } from '@newsgraph/graph-schema';
import { lowerAt } from '../text/tokenize.js';
import type { Candidate } from './candidate.js';
import { sentenceInitial } from './initial-names.js';
import { partyLike } from './party-binding.js';
import { readCandidate, type SlotInput } from './slot-reading.js';
import { withProps } from '../with-props.js';

/** The tagger's margin for a place or a thing (an award, an event) above which the word stays no actor. */
const NOT_ACTOR_SURE = 200;

/**
 * "the Mets are", "the Maoists attacked", "thanked the Obamas.": a capitalised plural after "the"
 * that heads its noun phrase names a collective (a team, a band, a movement's followers, a
 * family), one Group. Not where a noun follows ("the Sanders campaign": a surname in -s), nor a
 * place's or event's head word ("the Games"), a word after "in/at/to" and other words of place, or
 * one the tagger is sure is a place or a thing ("the Alps", "the Oscars").
 */
export function namePluralCollectives(input: SlotInput): Candidate[] {
  let out: Candidate[] | undefined;
  let near: Neighbours | undefined;
  input.candidates.forEach((c, i) => {
    if (!pluralHead(input, c)) return;
    near ??= neighbours(input.candidates);
    if (placeBefore(input, c, near) || !taggerAllows(input, c)) return;
    out ??= [...input.candidates];
    out[i] = withProps(c, { type: 'Group' as const, id: entityId('Group', c.text) });
  });
  return out ?? [...input.candidates];
}

/** The cheap tests: an untyped one-word plural name between "the" and the end of its phrase. */
function pluralHead(input: SlotInput, c: Candidate): boolean {
  if (c.type !== null || c.reference !== undefined || c.tagged !== undefined) return false;
  if (c.last - c.first !== 1 || c.caseless === true || c.place === true) return false;
  const t = input.tokens[c.first];
  if (t === undefined || t.poss || !/^\p{Lu}\p{Ll}+[^su]s$/u.test(t.text)) return false;
  const the = input.tokens[c.first - 1];
  if (the?.text.toLowerCase() !== 'the') return false;
  // "his novel The Corrections": a capital "The" inside a sentence opens a title.
  if (the.cap && !sentenceInitial(input, { ...c, first: c.first - 1 })) return false;
  const lex = input.lexicon;
  // "the Liberals": a party's plural, bound to its state at resolution (party-binding.ts);
  // "the Commons": a listed name with its article.
  if (partyLike(c) || lex.phrases.longest(input.tokens, c.first - 1, c.last) !== undefined)
    return false;
  // "flew to the Hamptons", "across the Rockies": where places stand.
  if (lex.locationPrepositions.has(lowerAt(input.tokens, c.first - 2))) return false;
  if (lex.eventHeads.has(t.text) || lex.orgHeads.has(t.text) || lex.locationHeads.has(t.text))
    return false;
  return phraseEnds(input, c.last);
}

/** Punctuation, a function word or a verb after the name: it is the head, not a modifier. */
function phraseEnds(input: SlotInput, at: number): boolean {
  const next = input.tokens[at];
  if (next === undefined || !next.word) return true;
  if (next.cap) return false;
  // "the Friends of Syria": the start of a longer name.
  if (next.text === 'of' && input.tokens[at + 1]?.cap === true) return false;
  const lex = input.lexicon;
  return (
    lex.stopwords.has(next.text) ||
    lex.speechVerbs.has(next.text) ||
    /^\p{Ll}{3,}ed$/u.test(next.text)
  );
}

function taggerAllows(input: SlotInput, c: Candidate): boolean {
  const reading = readCandidate(input, c)?.[0];
  if (reading === undefined) return false;
  const sure = reading.margin >= NOT_ACTOR_SURE;
  return !(sure && (reading.tag.endsWith('LOC') || reading.tag.endsWith('MISC')));
}

interface Neighbours {
  /** Candidates by their last token. */
  byLast: Map<number, Candidate>;
}

/** Built once per window, and only where a plural passed the cheap tests. */
function neighbours(candidates: readonly Candidate[]): Neighbours {
  const byLast = new Map<number, Candidate>();
  for (const o of candidates) byLast.set(o.last - 1, o);
  return { byLast };
}

/** "in Manhattan and the Hamptons": joined to a place, it is one too. */
function placeBefore(input: SlotInput, c: Candidate, near: Neighbours): boolean {
  if (!/^(?:and|or)$/.test(lowerAt(input.tokens, c.first - 2))) return false;
  const o = near.byLast.get(c.first - 3);
  return o !== undefined && (o.place === true || o.type === 'Location' || o.type === 'State');
}
