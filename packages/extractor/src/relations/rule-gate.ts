import type { Mention } from '../types.js';

/**
 * The kinds of mention a sentence holds, one bit each. A rule that can only emit from a kind of
 * mention declares it (`needs`); a sentence without that kind skips the rule unrun. Most rules
 * find nothing in most sentences, and many of them first walk every mention to learn so.
 */
export const PERSON = 1;
export const ORGANIZATION = 2;
export const STATE = 4;

/** A sentence rule and the mention kinds it cannot emit without; no `needs`: it always runs. */
export interface GatedRule<Env> {
  run: (env: Env) => void;
  needs?: number;
}

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

/** Runs, in order, each rule whose needed kinds are all among `kinds`. */
export function runGated<Env>(rules: readonly GatedRule<Env>[], env: Env, kinds: number): void {
  for (const rule of rules) if (((rule.needs ?? 0) & ~kinds) === 0) rule.run(env);
}
