import type { CueForm } from './cue-lexicon.js';
import type { CueHit } from './cue-matches.js';
import type { FrameEnv } from './frame-env.js';
import { policyWords } from './policy-owners.js';
import type { SentenceView } from './sentence-view.js';
import type { Side } from './subject.js';
import { endCertainty } from './confidence.js';

/** Words between the determiner and the policy noun: "the 'historic' move", "any such step". */
const MODIFIER = /^(?:[\p{Ll}\p{N}-]+|["'“”‘’]|\.\.\.|…)$/u;
const REACH = 4;
/** "the decision of X", "the plan by X", "the move that X ...": the phrase names its own owner. */
const OWNER_MARKERS: ReadonlySet<string> = new Set(['of', 'by', 'from', '-', "'s"]);

/** A policy phrase opening at `from` ("the proposals", "any decision"): its noun and class. */
export function policyPhrase(
  view: SentenceView,
  from: number,
): { noun: number; policy: string } | undefined {
  const words = policyWords();
  if (!words.determiners.has(view.words[from] ?? '')) return undefined;
  for (let k = from + 1; k <= from + REACH && k < view.words.length; k++) {
    if ((view.unitAt[k] ?? -1) >= 0) return undefined;
    const word = view.words[k] ?? '';
    const policy = words.classOf.get(word);
    if (policy !== undefined) {
      // "the policy shift": the phrase's head is its last policy noun.
      const next = view.words[k + 1] ?? '';
      if (words.classOf.get(next) === policy) continue;
      return OWNER_MARKERS.has(next) ? undefined : { noun: k, policy };
    }
    if (!MODIFIER.test(word)) return undefined;
  }
  return undefined;
}

/**
 * "Germany backed the proposals", "X said it regrets any decision to ...": a stance on a policy
 * the sentence does not say whose it is, aimed at the owner the discourse named last for a policy
 * of its kind ("France unveiled a plan ...", "Washington's move"). A policy of the source's own
 * gives nothing; so do two owners in the sentence that names them.
 */
export function policyTarget(
  env: FrameEnv,
  hit: CueHit,
  form: CueForm,
  source: Side,
): Side | undefined {
  const { view, policies } = env;
  if (policies === undefined || form.via !== undefined) return undefined;
  if (form.family.relation !== 'OPPOSES' && form.family.relation !== 'SUPPORTS') return undefined;
  const phrase = policyPhrase(view, hit.endToken);
  if (phrase === undefined) return undefined;
  const own = new Set(source.actors.map((actor) => actor.id));
  const owner = policies.ownerBefore(phrase.policy, view.sentence.index, hit.startToken, own);
  if (owner === undefined) return undefined;
  return {
    actors: [owner],
    firstToken: hit.endToken,
    lastToken: phrase.noun,
    certainty: endCertainty('policy-owner'),
  };
}
