import { adjunctWords } from './adjunct-words.js';
import type { CueForm } from './cue-lexicon.js';
import type { CueHit } from './cue-matches.js';
import type { FrameEnv } from './frame-env.js';
import type { Side } from './subject.js';
import { sideOf } from './target.js';
import { BE_AUXILIARIES, DETERMINERS } from './word-classes.js';
import { endCertainty } from './confidence.js';

const MAX_ADJUNCT = 16;

/**
 * "Criticising Peru for its tariffs, Chile recalled its envoy": a participle opening the sentence
 * shares the subject of the main clause after its comma. Not a gerund that is itself a subject
 * ("Attacking Peru would be a mistake, Chile said"): a modal, auxiliary or speech verb before the
 * comma ends the reading.
 */
export function frontedParticipleSubject(
  env: FrameEnv,
  hit: CueHit,
  form: CueForm,
): Side | undefined {
  if (form.shape !== 'gerund' || !opensSentence(env.view.words, hit.startToken)) return undefined;
  return mainSubjectAfter(env, hit.endToken);
}

/**
 * The subject of the main clause after the comma that closes a fronted adjunct whose words
 * after its verb start at `from`; undefined past a modal, auxiliary or speech verb (the adjunct
 * was a subject itself) or too far.
 */
export function mainSubjectAfter(env: FrameEnv, from: number): Side | undefined {
  const { view, cues } = env;
  const limit = Math.min(view.words.length, from + MAX_ADJUNCT);
  for (let t = from; t < limit; t++) {
    const word = view.words[t] ?? '';
    if (word === ',') return subjectAt(env, t + 1);
    if (
      BE_AUXILIARIES.has(word) ||
      cues.context.modals.has(word) ||
      cues.context.speechVerbs.has(word) ||
      word === ';' ||
      word === ':'
    )
      return undefined;
  }
  return undefined;
}

/**
 * The sentence's first word, or the first after an opening adverb ("Angrily criticising ...") or
 * a preposition of manner or time ("In rejecting Y's plan, X said ...": `frontedGerundOpeners`).
 */
function opensSentence(words: readonly string[], t: number): boolean {
  if (t === 0) return true;
  const first = words[0] ?? '';
  return t === 1 && (/^\p{Ll}+ly$/u.test(first) || adjunctWords().frontedGerundOpeners.has(first));
}

/** The actor group opening the main clause at token `t` ("the" aside), followed by its verb. */
function subjectAt(env: FrameEnv, t: number): Side | undefined {
  const { view } = env;
  const at = DETERMINERS.has(view.words[t] ?? '') ? t + 1 : t;
  const u = view.unitAt[at] ?? -1;
  const unit = view.units[u];
  if (unit === undefined || unit.firstToken !== at || !unit.actor) return undefined;
  const side = sideOf(view, u);
  if (side === undefined) return undefined;
  if (side.firstToken < at) {
    // "Criticising Peru, Chile and Brazil ...": a list closed by "and" across the comma is
    // ambiguous; a bare comma before one name ("Praising Brazil, Chile left") ends the adjunct.
    const closed = view.words.slice(side.firstToken, side.lastToken + 1).some(isConjunction);
    if (closed || unit.lastToken !== side.lastToken) return undefined;
    return {
      actors: [unit.actor],
      firstToken: at,
      lastToken: unit.lastToken,
      certainty: endCertainty('fronted-participle-name'),
    };
  }
  return { ...side, certainty: endCertainty('fronted-participle') };
}

function isConjunction(word: string): boolean {
  return word === 'and' || word === 'or' || word === '&';
}
