import { entityId } from '@newsgraph/graph-schema';
import { orgCues } from '../lexicon/org-cues.js';
import type { Candidate } from './candidate.js';

const QUOTES = new Set(['"', '“', '‘', "'"]);

/**
 * The lower-case word right before `start`, past spaces and an opening quotation mark ('paper "');
 * read backwards character by character, as this runs for most candidates.
 */
function wordBefore(text: string, start: number): string | undefined {
  let i = start - 1;
  while (i >= 0 && text[i] === ' ') i--;
  if (i >= 0 && QUOTES.has(text[i] ?? '')) i--;
  while (i >= 0 && text[i] === ' ') i--;
  const end = i + 1;
  while (i >= 0 && /\p{Ll}/u.test(text[i] ?? '')) i--;
  if (end - i <= 1 || (i >= 0 && /[\p{L}\p{N}]/u.test(text[i] ?? ''))) return undefined;
  return text.slice(i + 1, end);
}

/** A name no list or rule has typed for sure: unknown, or a person only by the look of it. */
function open(c: Candidate): boolean {
  if (c.entry !== undefined || c.reference !== undefined || c.role !== undefined) return false;
  // Where only the tagger reads a person ("the punk band Marlo were"), its reading stands.
  return (c.type === null && c.tagged === undefined) || (c.type === 'Person' && c.kind === 'name');
}

/**
 * "the Algerian paper Al Fajr published", "told the TV station 'Kanal 9'": a name right after a
 * noun for a newspaper, broadcaster or other outlet is the outlet's, even where it reads like a
 * person's name ("Al Fajr") or is one word nothing else types.
 */
export function nameMediaOutlets(candidates: readonly Candidate[], text: string): Candidate[] {
  const nouns = orgCues().mediaNouns;
  return candidates.map((c) => {
    if (!open(c)) return c;
    const noun = wordBefore(text, c.start);
    if (noun === undefined || !nouns.has(noun)) return c;
    const outlet: Candidate = {
      ...c,
      type: 'Organization',
      kind: 'name',
      id: entityId('Organization', c.name),
    };
    delete outlet.place;
    delete outlet.speaker;
    delete outlet.tagged;
    return outlet;
  });
}
