import type { ActorRef } from './article-context.js';
import { actAntecedentWords } from './act-antecedent-words.js';
import type { CueForm } from './cue-lexicon.js';
import type { CueHit } from './cue-matches.js';
import { endCertainty } from './confidence.js';
import type { FrameEnv } from './frame-env.js';
import { isStance } from './structural.js';
import { findSubject, type Side } from './subject.js';
import { OWNER_MARKERS } from './verb-objects.js';
import { BE_AUXILIARIES } from './word-classes.js';

// "Thailand accused Vietnam of shelling ... Vietnam rejected the charge": the charge is Thailand's.

interface ActRecord {
  act: number;
  sentence: number;
  owners: readonly ActorRef[];
}

/** The acts the article's sentences performed so far, with their subjects (latest last). */
export class ActAntecedents {
  private readonly records: ActRecord[] = [];

  /** Records the acts a sentence performs; call after its frames ran. */
  record(env: FrameEnv): void {
    const { view } = env;
    const words = actAntecedentWords();
    view.words.forEach((raw, t) => {
      const act = words.actOfVerb.get(raw.toLowerCase());
      if (act === undefined) return;
      // "Ukraine was invaded by Russia": the passive's subject did not act.
      if (BE_AUXILIARIES.has(view.words[t - 1]?.toLowerCase() ?? '')) return;
      if (view.words[t + 1] === 'by') return;
      const subject = findSubject({
        ctx: env.ctx,
        cues: env.cues,
        view,
        cueToken: t,
        reach: 'verb',
        stanceVerbs: env.stanceVerbs,
      });
      if (subject === undefined || subject.actors.length === 0) return;
      this.records.push({ act, sentence: view.sentence.index, owners: subject.actors });
    });
  }

  /**
   * The owners of the latest act a noun names, performed within the allowed sentences before
   * `sentence` by actors none of which is in `own`; undefined when there is none.
   */
  ownersOf(
    noun: string,
    sentence: number,
    own: ReadonlySet<string>,
  ): readonly ActorRef[] | undefined {
    const words = actAntecedentWords();
    const act = words.actOfNoun.get(noun);
    if (act === undefined) return undefined;
    for (let i = this.records.length - 1; i >= 0; i--) {
      const record = this.records[i];
      if (record === undefined || record.sentence >= sentence) continue;
      if (sentence - record.sentence > words.backSentences) return undefined;
      if (record.act !== act) continue;
      // The latest such act was the subject's own ("X proposed ... X defended the proposal").
      if (record.owners.some((owner) => own.has(owner.id))) return undefined;
      return record.owners;
    }
    return undefined;
  }
}

/**
 * "Vietnam rejected the charge.", "France deplored the veto.": a stance on "the <noun>" naming
 * an act that a recent sentence performed points at that act's subject, in a sentence that
 * names no other actor and says nothing of whose the act is ("the veto by X").
 */
export function actAntecedentTarget(
  env: FrameEnv,
  hit: CueHit,
  form: CueForm,
  source: Side,
): Side | undefined {
  const { view } = env;
  if (env.acts === undefined || !isStance(form.family.relation) || form.via !== undefined)
    return undefined;
  if (view.words[hit.endToken] !== 'the') return undefined;
  // "the veto", "the latest charge": at most one lower-case word before the noun.
  let noun = hit.endToken + 1;
  if (!actAntecedentWords().actOfNoun.has(view.words[noun] ?? '')) noun++;
  const word = view.words[noun] ?? '';
  if (!actAntecedentWords().actOfNoun.has(word)) return undefined;
  if (!/^\p{Ll}+$/u.test(view.words[hit.endToken + 1] ?? '')) return undefined;
  if (OWNER_MARKERS.has(view.words[noun + 1] ?? '')) return undefined;
  const own = new Set(source.actors.map((actor) => actor.id));
  if (view.units.some((unit) => unit.actor !== undefined && !own.has(unit.actor.id)))
    return undefined;
  const owners = env.acts.ownersOf(word, view.sentence.index, own);
  if (owners === undefined) return undefined;
  return {
    actors: [...owners],
    firstToken: hit.endToken,
    lastToken: noun,
    certainty: endCertainty('previous-actor'),
  };
}
