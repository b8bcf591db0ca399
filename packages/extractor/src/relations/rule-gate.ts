import type { Mention } from '../types.js';

/**
 * The kinds of mention a sentence holds, one bit each. A rule that can only emit from a kind of
 * mention (its code returns at once for every other) is gated on it: a sentence without that kind
 * skips the rule unrun. Most rules find nothing in most sentences, and many of them first walk
 * every mention to learn so. A rule with no gate always runs, so a new rule is safe as it is.
 */
export const PERSON = 1;
export const ORGANIZATION = 2;
export const STATE = 4;

/** The bits of the kinds `mentions` hold (one pass, no allocation). */
export function mentionKinds(mentions: readonly Mention[]): number {
  let kinds = 0;
  for (const mention of mentions) {
    const type = mention.type;
    if (type === 'Person') kinds |= PERSON;
    else if (type === 'Organization') kinds |= ORGANIZATION;
    else if (type === 'State') kinds |= STATE;
  }
  return kinds;
}

/** Whether `kinds` holds every kind of `needs`. */
export function holds(kinds: number, needs: number): boolean {
  return (kinds & needs) === needs;
}
