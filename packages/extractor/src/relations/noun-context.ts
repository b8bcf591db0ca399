import type { CueHit } from './cue-matches.js';
import type { FrameEnv } from './frame-env.js';
import { frameWords } from './frame-words.js';
import { phraseWords } from './phrase-words.js';
import { isStance } from './structural.js';
import { DETERMINERS } from './word-classes.js';

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
  if (view.words[hit.startToken - 1] !== 'the') return false;
  const verb = view.words[hit.startToken - 2] ?? '';
  if ((view.unitAt[hit.startToken - 2] ?? -1) >= 0 || stanceVerb(env, verb)) return false;
  const { irregularPasts, agentiveVerbs } = phraseWords();
  if (!/^\p{Ll}{3,}(?:ed|ing)$/u.test(verb) && !irregularPasts.has(verb)) return false;
  return (
    !agentiveVerbs.has(verb) && !agentiveVerbs.has(particleVerb(view.words, hit.startToken - 2))
  );
}

/** A listed verb cue of stance ("backed the war on Y" is read by the measure rules), not CAMEO's. */
function stanceVerb(env: FrameEnv, word: string): boolean {
  return (env.cues.forms.get(word) ?? []).some(
    (form) =>
      form.family.frame === 'verb' && form.cameo === undefined && isStance(form.family.relation),
  );
}

/** "stepped up the", "carried out the": the verb before a particle, else ''. */
function particleVerb(words: readonly string[], t: number): string {
  return PARTICLES.has(words[t] ?? '') ? (words[t - 1] ?? '') : '';
}

const PARTICLES = frameWords().verbParticles;
