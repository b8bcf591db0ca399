import { orgSlots } from '../lexicon/org-slots.js';
import type { ScanContext } from './scan-context.js';

/**
 * "the Tunisian paper Al Kabira, for example,", "the newspaper Al Kabira wrote": a body's noun right
 * before a name that opens with a listed given name, and only punctuation, speech or a form of
 * "be" after it, names the body, not a person. Where another word follows, a person may be the
 * subject of a clause about the body ("the party Ana Ruiz founded"), so the given name wins.
 */
export function describedDespiteGivenName(ctx: ScanContext, first: number, last: number): boolean {
  // "the London-based Ana Ruiz": a person may be based somewhere too.
  if (!ctx.orgNounBefore(first) || ctx.lower(first - 1) === 'based') return false;
  const next = ctx.token(last);
  if (next === undefined) return true;
  if (!next.word) return next.text !== '-' && next.text !== "'s" && next.text !== '’s';
  return ctx.lex.speechVerbs.has(next.text) || orgSlots().nameClosers.has(next.text);
}
