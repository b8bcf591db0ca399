import type { CueHit } from '../cue-matches.js';
import type { FrameEnv } from '../frame-env.js';
import { policyWords } from '../policy-owners.js';
import { isQuoteMark } from '../quoted-predicate.js';
import type { Side } from '../subject.js';
import { COPULAS, isAdverb } from '../word-classes.js';
import { ratedJudgements } from './rated-judgements.js';

/** Tokens that may follow a predicate that ends its clause. */
const PREDICATE_ENDS: ReadonlySet<string> = new Set([
  '.',
  ',',
  ';',
  ':',
  '!',
  '?',
  ')',
  '—',
  '–',
  'and',
  'but',
  'or',
]);

/**
 * A rated adjective (VADER) is a judgement of the judged only where it is predicated of it and
 * ends the predicate: "Y's plan was (very) reckless.", "called Y's move 'dangerous'", "described
 * Y as arrogant". The judged phrase must end right before the copula, "as" or the adjective, and
 * be Y itself only after a verb of judging ("called Y arrogant": "said Y was confident" tells a
 * state, not a judgement); otherwise its head must name an act or a plan ("move", "decision",
 * "remarks"). "Hardly reckless", "reckless in its timing": nothing.
 */
export function ratedPosition(
  env: FrameEnv,
  hit: CueHit,
  judged: { side: Side; byJudgingVerb: boolean },
): boolean {
  const { view } = env;
  const words = view.words;
  let after = hit.endToken;
  if (isQuoteMark(words[after] ?? '')) after++;
  if (after < words.length && !PREDICATE_ENDS.has(words[after] ?? '')) return false;
  const head = judgedHead(words, hit.startToken);
  if (head === undefined || head < judged.side.firstToken) return false;
  const unit = view.units[view.unitAt[head] ?? -1];
  if (unit?.actor !== undefined) return judged.byJudgingVerb && head === judged.side.lastToken;
  const word = words[head] ?? '';
  return isActNoun(env, word) || isActNoun(env, singular(word));
}

/** A noun for what an actor did, decided or proposed ("decision", "move", "remarks", "plan"). */
function isActNoun(env: FrameEnv, word: string): boolean {
  const { context } = env.cues;
  return (
    policyWords().classOf.has(word) ||
    context.discourseNouns.has(word) ||
    context.ownedNouns.has(word)
  );
}

/** "policies" → "policy", "actions" → "action": the lists hold the singular of most nouns. */
function singular(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

/**
 * The last token of the phrase the adjective is predicated of: before the copula or "as", or
 * right before the adjective ("called the move reckless"); one degree adverb and quote marks may
 * stand between. Undefined after a weakening adverb ("hardly", "somewhat").
 */
function judgedHead(words: readonly string[], cueToken: number): number | undefined {
  const rated = ratedJudgements();
  let t = cueToken - 1;
  if (isQuoteMark(words[t] ?? '')) t--;
  const before = words[t] ?? '';
  if (rated.decrements.has(before)) return undefined;
  if (rated.increments.has(before) || isAdverb(before)) t--;
  const link = words[t] ?? '';
  if (COPULAS.has(link) || link === 'as' || link === 'been') t--;
  if (isQuoteMark(words[t] ?? '')) t--;
  return t >= 0 ? t : undefined;
}
