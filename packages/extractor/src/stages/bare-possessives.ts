import { peopleNames } from '../lexicon/people-names.js';
import { pluralOpeners } from '../lexicon/plural-openers.js';
import { speakerWords } from '../lexicon/speaker-words.js';
import type { Chunk } from './candidate.js';
import { emitEntry } from './chunk-entries.js';
import { barePersonPossessive, finalS } from './bare-person-possessives.js';
import type { ScanContext } from './scan-context.js';

/**
 * "Russias economy", "as Iraqs political structure", "South Carolinas inmates", "the Talibans grip",
 * "CNNs coverage": a possessive whose apostrophe the text has lost (web text often drops it with
 * its curly quote). A run of capitalised words ending in "s", or an acronym with an "s", right
 * before a lower-case word, that the lexicon names a state, place or organization by once the "s"
 * is gone, is that state, place or organization. Not a plural the words before make one ("the
 * Americas", "the two Koreas"), a run the lexicon knows as it is ("Bahamas", "Americans"), nor a
 * name of its own ("Douglass" is no "Douglas'"). A person's surname so written: bare-person-possessives.ts.
 */
export function barePossessive(ctx: ScanContext, chunk: Chunk): boolean {
  return listedPossessive(ctx, chunk) || barePersonPossessive(ctx, chunk);
}

function listedPossessive(ctx: ScanContext, chunk: Chunk): boolean {
  const { first, last } = chunk;
  const end = ctx.token(last - 1);
  // The cheap tests first: a final "s" after a lower-case letter, then a lower-case word.
  if (end === undefined || end.upper || !(finalS(end.text) || acronymS(end.text))) return false;
  const next = ctx.token(last);
  if (next?.word !== true || ctx.isCap(last)) return false;
  const stem = end.text.slice(0, -1);
  // No phrase opens with the first word: most chunks end here.
  if (!ctx.lex.phrases.starts(first === last - 1 ? stem : (ctx.token(first)?.text ?? '')))
    return false;
  const before = ctx.lower(first - 1);
  // "the Americas", "the two Koreas": a plural; an organization's name takes "the" as it is
  // ("the Talibans grip").
  const plural = speakerWords().determiners.has(before) || pluralOpeners().has(before);
  if (/^\d/.test(before)) return false;
  // "Douglass often gave": a name of its own in "s" is no possessive of another.
  if (peopleNames().has(end.text) || ctx.lex.firstNames.has(end.text)) return false;
  const tokens = ctx.tokens.slice(first, last);
  tokens[tokens.length - 1] = { ...end, text: stem };
  const match = ctx.lex.phrases.longest(tokens, 0);
  if (match?.end !== tokens.length) return false;
  tokens[tokens.length - 1] = end;
  if (ctx.lex.phrases.longest(tokens, 0)?.end === tokens.length) return false;
  // An organization's name reads as a plural as readily ("Totals and Shells"): only before a
  // word that no function word is ("Talibans grip", "CNNs coverage").
  const owned = !ctx.lex.stopwords.has(next.text.toLowerCase());
  const named = match.values.filter(
    (e) =>
      (e.type === 'Organization'
        ? owned
        : !plural && (e.type === 'State' || e.type === 'Location')) &&
      e.mentionKind !== 'demonym' &&
      e.mentionKind !== 'capital',
  );
  if (named.length === 0) return false;
  return emitEntry(ctx, first, last, named, chunk.sentence) !== undefined;
}

/** An acronym of two or more capitals and a lower-case "s" ("CNNs", "FBIs"). */
function acronymS(word: string): boolean {
  const n = word.length;
  if (n < 3 || word.charCodeAt(n - 1) !== 115) return false;
  for (let i = 0; i < n - 1; i++) {
    const c = word.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}
