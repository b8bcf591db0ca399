import { adjunctWords } from './adjunct-words.js';
import type { CueForm } from './cue-lexicon.js';
import type { CueHit } from './cue-matches.js';
import { subjectOf, type FrameEnv } from './frame-env.js';
import type { Side } from './subject.js';
import { sideOf } from './target.js';
import { endCertainty } from './confidence.js';
import { PUNCTUATION } from './word-classes.js';

/**
 * The actor of a gerund after a preposition of manner or time, which shares the subject of the
 * clause it hangs on: "X responded by attacking Y", "X closed the talks before criticising Y",
 * "X was arrested after praising Y" (`gerundPrepositions`), "X was quick in condemning Y" (an "in" after a word of
 * manner, `mannerBeforeIn`). Not "of"/"for", whose gerund belongs
 * to the object ("accused Y of attacking Z"; read by the verb frame's own gerund rule). After a
 * speech verb ("X replied by accusing Y") the speaker acts: the subject search would stop there.
 * Negation, modals and proposals between the subject and the gerund still deny it (the caller).
 */
export function adjunctGerundSubject(env: FrameEnv, hit: CueHit, form: CueForm): Side | undefined {
  if (form.shape !== 'gerund') return undefined;
  return gerundAdjunctActor(env, hit);
}

/**
 * The same actor for any gerund at `gerund.startToken`, cue or not: the judging verb of "X
 * responded by calling Y a liar" (`evaluation-frame.ts`).
 */
export function gerundAdjunctActor(env: FrameEnv, hit: CueHit): Side | undefined {
  const { view } = env;
  const preposition = hit.startToken - 1;
  if (
    !adjunctWords().gerundPrepositions.has(view.words[preposition] ?? '') &&
    !mannerIn(view.words, preposition)
  )
    return undefined;
  // "by failing to mention Y", "before trying to block Y": the stance is the infinitive's.
  if (view.words[hit.endToken] === 'to') return undefined;
  const verb = speechVerbBefore(env, preposition);
  const speech = verb >= 0;
  const side = speech
    ? subjectOf(env, { ...hit, startToken: verb }, 'verb')
    : subjectOf(env, { ...hit, startToken: preposition }, 'clause');
  if (side === undefined || objectGerundBetween(env, side.lastToken, preposition)) return undefined;
  return { ...side, certainty: side.certainty * endCertainty('coordinated-verb') };
}

/** "aggressive in attacking Y", "instrumental in defeating Y": an "in" after a word of manner. */
function mannerIn(words: readonly string[], preposition: number): boolean {
  return (
    words[preposition] === 'in' && adjunctWords().mannerBeforeIn.has(words[preposition - 1] ?? '')
  );
}

/** How far before the preposition a speech verb may stand ("responded to the claims by"). */
const SPEECH_REACH = 5;

/**
 * The speech verb the adjunct hangs on: right before the preposition ("replied by accusing Y") or
 * before a short complement of its own with no punctuation and no name ("responded to the claims
 * by attacking Y"); -1 when none.
 */
function speechVerbBefore(env: FrameEnv, preposition: number): number {
  const { words } = env.view;
  for (let t = preposition - 1; t >= Math.max(0, preposition - SPEECH_REACH); t--) {
    const word = words[t] ?? '';
    if (env.cues.context.speechVerbs.has(word)) return t;
    if (PUNCTUATION.test(word) || (env.view.unitAt[t] ?? -1) >= 0) return -1;
  }
  return -1;
}

/**
 * "X praised Y for empowering Z by reversing W": a gerund after "for" or "of" between the
 * subject and the preposition is the object's act, and the adjunct hangs on it, not on X.
 */
function objectGerundBetween(env: FrameEnv, from: number, to: number): boolean {
  const { words } = env.view;
  for (let t = from + 1; t < to - 1; t++)
    if ((words[t] === 'for' || words[t] === 'of') && /^\p{Ll}+ing$/u.test(words[t + 1] ?? ''))
      return true;
  return false;
}

/**
 * The actor of an absolute "with" clause: "a row broke out, with Peru accusing Chile of ...",
 * "With Peru backing Chile, the vote passed": the actor right before the gerund, right after a
 * "with" that opens the sentence or follows a comma.
 */
export function withAbsoluteSubject(env: FrameEnv, hit: CueHit, form: CueForm): Side | undefined {
  if (form.shape !== 'gerund') return undefined;
  const { view } = env;
  const u = view.unitAt[hit.startToken - 1] ?? -1;
  const unit = view.units[u];
  if (!unit?.actor || view.words[unit.firstToken - 1] !== 'with') return undefined;
  const before = unit.firstToken - 2;
  if (before >= 0 && view.words[before] !== ',') return undefined;
  return sideOf(view, u);
}
