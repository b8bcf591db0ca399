import { cityNames } from '../lexicon/cities.js';
import { mentionWords } from '../lexicon/mention-words.js';
import { placeWords } from '../lexicon/place-words.js';
import { truecaseWords } from '../text/truecase.js';
import { apposition, titleBefore } from './role-cues.js';
import type { ScanContext } from './scan-context.js';

/**
 * "Michael Jordan", "Ana Lima", "Tom Hall, a lawmaker": a given name, then a surname that is also
 * a listed state or place, or a building's head word ("Hall", "Church"). The two words are
 * one person, not a person's given name beside a state or a building. The given name is no listed
 * name itself ("Jordan Israel" stays two states); the pair is no town ("Santa Barbara") and does
 * not follow "the" or a place's preposition ("at Albert Hall"); a head word needs a person's
 * context as well: an apposition after it or a title before it ("Clarence House said" is the
 * house). Demonyms ("Cleveland Indians") and geographic heads ("Ellis Island") stay places.
 */
export function placeSurnamePerson(ctx: ScanContext, first: number, last: number): boolean {
  if (last - first !== 2 || !givenOnly(ctx, first)) return false;
  const surname = ctx.token(first + 1)?.text ?? '';
  const listed = ctx.phrase(first + 1, last);
  const place =
    listed?.end === last &&
    !ctx.lex.locationHeads.has(surname) &&
    listed.values.every(
      (v) => (v.type === 'State' || v.type === 'Location') && v.mentionKind !== 'demonym',
    );
  const head = !place && placeWords().facilityHeads.has(surname);
  if (!place && !head) return false;
  const before = ctx.lower(first - 1);
  const words = mentionWords();
  if (before === 'the' || words.placePrepositions.has(before) || words.townPrepositions.has(before))
    return false;
  if (cityNames().has(ctx.span(first, last).text)) return false;
  return place || personContext(ctx, first, last);
}

function givenOnly(ctx: ScanContext, i: number): boolean {
  const text = ctx.token(i)?.text ?? '';
  // The cheap tests first: a listed given name, written with a capital.
  if (!ctx.lex.firstNames.has(text) || !ctx.isCap(i)) return false;
  if (ctx.phrase(i, i + 1) !== undefined || ctx.title(i, i + 1) !== undefined) return false;
  return !truecaseWords().lower.has(text.toLowerCase());
}

/** A person's role in an apposition after the name (", a lawmaker,") or a title before it. */
function personContext(ctx: ScanContext, first: number, last: number): boolean {
  return (
    apposition(ctx, last, ctx.sentenceLast) !== undefined || titleBefore(ctx, first) !== undefined
  );
}
