import { claimVerbs } from './claim-words.js';
import type { CompiledCues } from './cue-lexicon.js';
import { upperAt, type SentenceView } from './sentence-view.js';
import { DETERMINERS, OBJECT_PRONOUNS, isAdverb } from './word-classes.js';

/** How far before the act's first word the verb governing its clause may stand. */
const REACH = 6;
/** Words that may stand between that verb and the act's clause ("claimed at first that"). */
const BRIDGE: ReadonlySet<string> = new Set(['that', 'at', 'first', 'again', 'repeatedly']);

/**
 * "The US claimed at first that North Vietnamese boats had fired on a US ship": a verb of claiming
 * governs the clause of the act, which the text reports as the claim, not as a fact. So does a
 * speech verb when the act's target is an object pronoun ("Z, who said X raped her"): the speaker
 * says it was done to them, an accusation that is theirs. `from` is the act's first token (its
 * source, its verb or its target, whichever comes first), `target` the target's first token.
 */
export function isClaimedAct(
  cues: CompiledCues,
  view: SentenceView,
  from: number,
  target: number,
): boolean {
  const { words } = view;
  const floor = Math.max(0, from - REACH);
  const claims = claimVerbs();
  for (let t = from - 1; t >= floor; t--) {
    const word = words[t] ?? '';
    if (claims.has(word)) return true;
    // In a clause a speech verb governs, the one done to is mostly the speaker ("said X raped her").
    if (cues.context.speechVerbs.has(word)) return OBJECT_PRONOUNS.has(words[target] ?? '');
    if (!BRIDGE.has(word) && !DETERMINERS.has(word) && !isAdverb(word) && !capitalised(view, t))
      return false;
  }
  return false;
}

/** "that North Vietnamese boats": a capitalised word of the name the act's end starts with. */
function capitalised(view: SentenceView, t: number): boolean {
  return t !== 0 && upperAt(view, t);
}
