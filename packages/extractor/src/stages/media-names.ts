import { entityId } from '@newsgraph/graph-schema';
import { orgCues } from '../lexicon/org-cues.js';
import type { Candidate } from './candidate.js';

/** The lower-case word right before `start`, past an opening quotation mark ('paper "'). */
function wordBefore(text: string, start: number): string | undefined {
  return /(?:^|[^\p{L}])(\p{Ll}+)\s+["“‘']?$/u.exec(
    text.slice(Math.max(0, start - 24), start),
  )?.[1];
}

/** A name no list or rule has typed for sure: unknown, or a person only by the look of it. */
function open(c: Candidate): boolean {
  if (c.entry !== undefined || c.reference !== undefined || c.role !== undefined) return false;
  return c.type === null || (c.type === 'Person' && c.kind === 'name');
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
