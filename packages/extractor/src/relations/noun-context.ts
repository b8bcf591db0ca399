import type { CueHit } from './cue-matches.js';
import type { FrameEnv } from './frame-env.js';
import { frameWords } from './frame-words.js';
import { isPastOrGerund, phraseWords } from './phrase-words.js';
import { upperAt } from './sentence-view.js';
import { isStance } from './structural.js';
import { DETERMINERS, isNumber } from './word-classes.js';

/** Prepositions whose object an agent noun sits in, not a predicate of the clause's subject. */
const AGENT_PREPOSITIONS: ReadonlySet<string> = new Set([
  'by',
  'from',
  'with',
  'to',
  'against',
  'at',
]);

/** The token before the cue's noun phrase: determiners and up to two plain modifiers skipped. */
function beforePhrase(env: FrameEnv, hit: CueHit): number {
  const { view } = env;
  let t = hit.startToken - 1;
  let modifiers = 0;
  while (t >= 0 && (view.unitAt[t] ?? -1) < 0) {
    const word = view.words[t] ?? '';
    if (DETERMINERS.has(word)) t--;
    else if (modifiers < 2 && /^\p{Ll}+$/u.test(word) && !env.cues.forms.has(word)) {
      if (AGENT_PREPOSITIONS.has(word) || word === 'as' || word === 'of') break;
      modifiers++;
      t--;
    } else break;
  }
  return t;
}

/**
 * "X was criticised by supporters of Y", "X spoke to critics of Y": the agent noun is the object
 * of a preposition; it says nothing of the clause's subject.
 */
export function agentInPrepositionalObject(env: FrameEnv, hit: CueHit): boolean {
  return AGENT_PREPOSITIONS.has(env.view.words[beforePhrase(env, hit)] ?? '');
}

/**
 * "X opposed new sanctions against Y", "X criticised the embargo on Y": a measure against Y that
 * the subject opposes states no stance of the subject toward Y.
 */
export function opposedMeasure(env: FrameEnv, hit: CueHit): boolean {
  const verb = env.view.words[beforePhrase(env, hit)] ?? '';
  const forms = env.cues.forms.get(verb) ?? [];
  // A dictionary (CAMEO) verb's relation is read in context: "issued arrest warrants for Y".
  return forms.some(
    (form) =>
      form.family.frame === 'verb' &&
      form.family.relation === 'OPPOSES' &&
      form.cameo === undefined,
  );
}

/**
 * "X investigated the attack on Y", "X survived the war on Y": a definite stance noun in the
 * object of a verb that is no cue and not agentive ("launched", "stepped up": `agentiveVerbs`)
 * names an event the subject only reports or undergoes; the subject is not its agent.
 */
export function reportedEvent(env: FrameEnv, hit: CueHit): boolean {
  const { view } = env;
  const the = dateBefore(env, hit.startToken - 1);
  if (view.words[the] !== 'the') return false;
  // "referring to the attacks on Y", "spoke about the war on Y": the verb's complement.
  let at = REFERRING.has(view.words[the - 1] ?? '') ? the - 2 : the - 1;
  // "read out the charges against Y": the verb stands before its particle.
  if (PARTICLES.has(view.words[at] ?? '') && (view.unitAt[at - 1] ?? -1) < 0) at--;
  const verb = view.words[at] ?? '';
  if ((view.unitAt[at] ?? -1) >= 0 || stanceVerb(env, verb)) return false;
  if (!isPastOrGerund(verb)) return false;
  return !phraseWords().agentiveVerbs.has(verb);
}

/** Prepositions by which a verb of speaking or recalling takes the event it mentions. */
const REFERRING: ReadonlySet<string> = new Set(['to', 'about', 'of']);
/** How many tokens of a date ("the September 11, 2001 attacks") may stand before the noun. */
const DATE_REACH = 5;

/**
 * The token before a date that modifies the noun ending at `t` ("the September 11, 2001 attacks"):
 * numbers, commas and capitalised words that name no actor are stepped over.
 */
function dateBefore(env: FrameEnv, t: number): number {
  const { view } = env;
  const floor = Math.max(0, t - DATE_REACH);
  let k = t;
  while (k > floor) {
    const word = view.words[k] ?? '';
    const capital = upperAt(view, k);
    const actor = view.units[view.unitAt[k] ?? -1]?.actor !== undefined;
    if (actor || !(isNumber(word) || word === ',' || capital)) break;
    k--;
  }
  return k;
}

/** A listed verb cue of stance ("backed the war on Y" is read by the measure rules), not CAMEO's. */
function stanceVerb(env: FrameEnv, word: string): boolean {
  return (env.cues.forms.get(word) ?? []).some(
    (form) =>
      form.family.frame === 'verb' && form.cameo === undefined && isStance(form.family.relation),
  );
}

/** "stepped up the", "read out the": a verb's particle before its object. */
const PARTICLES = frameWords().verbParticles;
