import { adjunctWords } from './adjunct-words.js';
import type { CueForm } from './cue-lexicon.js';
import type { CueHit } from './cue-matches.js';
import { subjectOf, type FrameEnv } from './frame-env.js';
import type { Side } from './subject.js';
import { endCertainty } from './confidence.js';

/**
 * The actor of a gerund after a preposition of manner or time, which shares the subject of the
 * clause it hangs on: "X responded by attacking Y", "X closed the talks before criticising Y",
 * "X was arrested after praising Y" (`gerundPrepositions`). Not "of"/"for", whose gerund belongs
 * to the object ("accused Y of attacking Z"; read by the verb frame's own gerund rule). After a
 * speech verb ("X replied by accusing Y") the speaker acts: the subject search would stop there.
 * Negation, modals and proposals between the subject and the gerund still deny it (the caller).
 */
export function adjunctGerundSubject(env: FrameEnv, hit: CueHit, form: CueForm): Side | undefined {
  if (form.shape !== 'gerund') return undefined;
  const { view } = env;
  const preposition = hit.startToken - 1;
  if (!adjunctWords().gerundPrepositions.has(view.words[preposition] ?? '')) return undefined;
  const verb = preposition - 1;
  const speech = env.cues.context.speechVerbs.has(view.words[verb] ?? '');
  const side = speech
    ? subjectOf(env, { ...hit, startToken: verb }, 'verb')
    : subjectOf(env, { ...hit, startToken: preposition }, 'clause');
  return side === undefined
    ? undefined
    : { ...side, certainty: side.certainty * endCertainty('coordinated-verb') };
}
