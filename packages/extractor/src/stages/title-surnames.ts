import { peopleNames } from '../lexicon/people-names.js';
import type { ScanContext } from './scan-context.js';

/** "Jr.", "Sr", "III": what follows only a person's surname. */
const GENERATION = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;

/** A generational suffix at token `i`. */
export function generationAt(ctx: ScanContext, i: number): boolean {
  return GENERATION.test(ctx.token(i)?.text ?? '');
}

/**
 * "Martin Luther King Jr.", "Senator Angus King said", "Mary Ann Bishop said": a one-word title
 * that people also bear as a surname, right after a given name, with no name after it to be the
 * title of (the run ends there or a generational suffix follows), is that person's surname.
 */
export function surnameTitle(ctx: ScanContext, at: number, last: number): boolean {
  const title = ctx.title(at, last);
  if (title?.end !== at + 1 || !peopleNames().has(ctx.token(at)?.text ?? '')) return false;
  if (!ctx.lex.firstNames.has(ctx.token(at - 1)?.text ?? '')) return false;
  return at + 1 === last || generationAt(ctx, at + 1);
}
