import type { OrgSlots } from '../lexicon/org-slots.js';
import type { Token } from '../text/tokenize.js';
import type { Candidate } from './candidate.js';

/**
 * "the deputy chairman of Kelvaro", "the board of Kelvaro", "chief executive of Kelvaro": the
 * object of "of" after a noun for a company's or body's officers or owners names a body.
 */
export function officeOf(tokens: readonly Token[], c: Candidate, slots: OrgSlots): boolean {
  if (tokens[c.first - 1]?.text.toLowerCase() !== 'of') return false;
  const noun = tokens[c.first - 2];
  if (noun === undefined || noun.cap || !noun.word) return false;
  return slots.headsOf.has(noun.text.toLowerCase());
}
