import { lexicon } from '../lexicon/lexicon.js';
import { withProps } from '../with-props.js';
import type { Candidate } from './candidate.js';

/** A lone listed state's or place's name, not a demonym nor a name several states share. */
function lonePlace(c: Candidate): boolean {
  return (
    c.last - c.first === 1 &&
    (c.type === 'State' || c.type === 'Location') &&
    c.kind !== 'demonym' &&
    c.entry?.ambiguous === undefined
  );
}

/** A person's name of two or more words, the rules' or the tagger's. */
function fullName(c: Candidate): boolean {
  return (
    c.kind === 'name' &&
    c.last - c.first >= 2 &&
    (c.type === 'Person' || (c.type === null && c.tagged === 'Person'))
  );
}

/** The lower-cased word right before `start` ("in", "of", "the"), or ''. */
function wordBefore(text: string, start: number): string {
  let end = start;
  while (end > 0 && /\s/.test(text.charAt(end - 1))) end--;
  let from = end;
  while (from > 0 && /\p{L}/u.test(text.charAt(from - 1))) from--;
  return text.slice(from, end).toLowerCase();
}

/**
 * "Jim Jordan spoke ... The crowd cheered Jordan": a lone state's or place's name that is the
 * surname of a person the article named in full before it is that person, resolved as any lone
 * surname is. Not where the article uses the name as a place anywhere: after a place's
 * preposition, "of" or "the" ("in Jordan", "King Abdullah of Jordan"), or as a demonym.
 */
export function placeSurnames(sorted: readonly Candidate[], text: string): readonly Candidate[] {
  const firstNamed = new Map<string, number>();
  for (const c of sorted) {
    if (!fullName(c)) continue;
    const surname = c.name.slice(c.name.lastIndexOf(' ') + 1);
    if (!firstNamed.has(surname)) firstNamed.set(surname, c.start);
  }
  // Most articles name no lone place by a surname named before it: nothing to read for place uses.
  if (firstNamed.size === 0 || !sorted.some((c) => lonePlace(c) && firstNamed.has(c.text)))
    return sorted;
  const prepositions = lexicon().locationPrepositions;
  const placeUse = new Set<string>();
  for (const c of sorted) {
    if (c.kind === 'demonym' && c.id !== undefined) placeUse.add(c.id);
    if (!lonePlace(c) || c.id === undefined) continue;
    const before = wordBefore(text, c.start);
    if (prepositions.has(before) || before === 'of' || before === 'the') placeUse.add(c.id);
  }
  let out: Candidate[] | undefined;
  sorted.forEach((c, i) => {
    const named = firstNamed.get(c.text);
    if (!lonePlace(c) || named === undefined || named >= c.start) return;
    if (c.id === undefined || placeUse.has(c.id)) return;
    const surname: Candidate = withProps(c, { type: null, kind: 'surname' as const, name: c.text });
    delete surname.id;
    delete surname.entry;
    delete surname.capitalOf;
    delete surname.place;
    out ??= [...sorted];
    out[i] = surname;
  });
  return out ?? sorted;
}
