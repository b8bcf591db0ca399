import type { Lexicon, SportClub } from '../lexicon/lexicon.js';
import type { LexiconEntry } from '../lexicon/entry.js';
import { tokenize } from '../text/tokenize.js';

/**
 * "Hamburg" in "Hamburger SV", "Bremen" in "Werder Bremen": a word of a club's name that is the
 * place's name, or the place's name with a short ending.
 */
export function nameHoldsPlace(name: string, place: string): boolean {
  return name
    .toLowerCase()
    .split(/\s+/)
    .some((word) => word === place || (word.startsWith(place) && word.length <= place.length + 2));
}

/** A listed place's name ("Cologne", "Mönchengladbach"), as a whole lexicon phrase. */
function listedPlace(lex: Lexicon, name: string): boolean {
  const tokens = tokenize(name);
  const match = lex.phrases.longest(tokens, 0);
  return match?.end === tokens.length && match.values.some((v) => v.type === 'Location');
}

/** "Borussia Mönchengladbach", "FC Cologne": a club's name that its place closes. */
const endsWith = (name: string, place: string): boolean =>
  name.toLowerCase().split(/\s+/).at(-1) === place;

/**
 * "Mönchengladbach" for "Borussia Mönchengladbach", "Cologne" for "1. FC Köln" (also "FC
 * Cologne"): a side named after its place is the lexicon's club of that place when the lexicon
 * has exactly one (not "Madrid", "Milan" or "Manchester", with two each). The place closes one
 * of the club's names, or is a listed place any word of them holds ("Hamburger SV").
 */
export function lexiconClubOfPlace(lex: Lexicon, name: string): LexiconEntry | undefined {
  const place = name.toLowerCase();
  const listed = listedPlace(lex, name);
  const holds = (club: SportClub): boolean =>
    club.names.some((n) => endsWith(n, place) || (listed && nameHoldsPlace(n, place)));
  const clubs = lex.sportClubs.filter(holds);
  return clubs.length === 1 ? clubs[0]?.entry : undefined;
}
