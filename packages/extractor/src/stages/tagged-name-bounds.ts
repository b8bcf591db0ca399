import type { Lexicon } from '../lexicon/lexicon.js';
import type { Token } from '../text/tokenize.js';
import type { Candidate } from './candidate.js';

interface BoundsInput {
  tokens: readonly Token[];
  lexicon: Lexicon;
}

function weekday(lexicon: Lexicon, word: string): boolean {
  return word.endsWith('day') && lexicon.calendar.has(word);
}

/**
 * A tagger's span without honorifics before the name ("Mr") and punctuation at either end; "Bob
 * Dole Wednesday accused": a weekday after a name is American style for "on Wednesday".
 */
function trimTagged(input: BoundsInput, from: number, to: number): [number, number] {
  const t = (i: number): Token | undefined => input.tokens[i];
  while (from < to && (!t(from)?.word || input.lexicon.honorifics.has(t(from)?.text ?? ''))) from++;
  while (to > from && (!t(to - 1)?.word || weekday(input.lexicon, t(to - 1)?.text ?? ''))) to--;
  return [from, to];
}

/**
 * "met Bob Zarkov Wednesday.": a weekday right after a name leads the tagger to end the person's
 * name after its first word. The rules' untyped name that opens with the tagger's span and ends
 * right before the weekday is the name the tagger meant.
 */
function nameBeforeWeekday(
  input: BoundsInput,
  untypedAt: readonly Candidate[] | undefined,
  from: number,
  to: number,
): Candidate | undefined {
  for (const c of untypedAt ?? [])
    if (
      c.first === from &&
      c.last > to &&
      c.kind === 'name' &&
      weekday(input.lexicon, input.tokens[c.last]?.text ?? '')
    )
      return c;
  return undefined;
}

/** The tagger's span [from, to) trimmed, and a person's extended to the rules' name before a weekday. */
export function taggedBounds(
  input: BoundsInput,
  untyped: ReadonlyMap<number, readonly Candidate[]>,
  [from, to]: readonly [number, number],
  tagged: NonNullable<Candidate['tagged']>,
): [number, number] {
  const [start, end] = trimTagged(input, from, to);
  if (tagged !== 'Person') return [start, end];
  return [start, nameBeforeWeekday(input, untyped.get(start), start, end)?.last ?? end];
}
