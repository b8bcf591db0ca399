import { peopleNames } from '../lexicon/people-names.js';
import { truecaseWords } from '../text/truecase.js';
import type { ScanContext } from './scan-context.js';

/** "Jr.", "Sr", "III": what follows only a person's surname. */
const GENERATION = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;

const ARTICLES = new Set(['the', 'a', 'an']);

/** A generational suffix at token `i`. */
export function generationAt(ctx: ScanContext, i: number): boolean {
  return GENERATION.test(ctx.token(i)?.text ?? '');
}

/**
 * "Martin Luther King Jr.", "Senator Angus King said": a one-word title that people also bear as
 * a surname is that person's surname before a generational suffix, or where it ends the run right
 * after a given name, with no name after it to be the title of.
 */
export function surnameTitle(ctx: ScanContext, at: number, last: number): boolean {
  const title = ctx.title(at, last);
  if (title?.end !== at + 1 || !peopleNames().has(ctx.token(at)?.text ?? '')) return false;
  // Only a surname takes "Jr."; at the run's end, a given name right before shows the person.
  if (generationAt(ctx, at + 1)) return ctx.isCap(at - 1);
  // Not "the Red Queen", "Hope King": an article before it, or a given name that is also a common
  // word, shows no person.
  const given = ctx.token(at - 1)?.text ?? '';
  return (
    at + 1 === last &&
    ctx.lex.firstNames.has(given) &&
    !truecaseWords().lower.has(given.toLowerCase()) &&
    !ARTICLES.has(ctx.lower(at - 2))
  );
}
