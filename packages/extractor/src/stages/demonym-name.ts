import { cityNames } from '../lexicon/cities.js';
import type { ScanContext } from './scan-context.js';

/** A plural people's word a state's entry lists ("Greeks", "Finns"); "Swiss" is no plural. */
const PEOPLE_PLURAL = /^\p{Lu}\p{Ll}*[^s]s$/u;

/**
 * "the leader of the Independent Greeks", "the True Finns": a plural people's word at [first, last)
 * after a capitalised word that opens no sentence and is no known name, title or stop word is
 * the last word of a name (a party's, a people's), not the nation, and no mention of its state;
 * a capital right before or after the two says the text is a title-case headline.
 * "Greek Cypriots", "Kosovo Albanians": a known name before it keeps the demonym. With a body noun
 * after it ("the Independent Greeks party") people-party-name.ts names the party itself.
 */
export function demonymInName(ctx: ScanContext, first: number, last: number): boolean {
  const token = ctx.token(first);
  if (token === undefined || last - first !== 1 || !PEOPLE_PLURAL.test(token.text)) return false;
  const before = first - 1;
  const prev = ctx.token(before);
  if (prev === undefined || !prev.word || !prev.cap || prev.upper) return false;
  if (ctx.sentenceInitial(before) || ctx.lex.stopwords.has(ctx.lower(before))) return false;
  // "Obama Praises Americans", "I'm Optimistic Americans Will ...": a headline's capitals say nothing.
  if (ctx.isCap(before - 1) || ctx.isCap(last)) return false;
  return ctx.phrase(before, first + 1) === undefined && ctx.title(before, first) === undefined;
}

/**
 * What a name found by `demonymInName` is: a team named after its city ("the Cleveland Indians")
 * is an organization; any other ("Native Americans", "the Independent Greeks") a group of people.
 */
export function demonymNameType(ctx: ScanContext, first: number): 'Organization' | 'Group' {
  return cityNames().has(ctx.token(first - 1)?.text ?? '') ? 'Organization' : 'Group';
}
