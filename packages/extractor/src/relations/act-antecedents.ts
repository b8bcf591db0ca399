import type { ActorRef } from './article-context.js';
import { actAntecedentWords } from './act-antecedent-words.js';
import type { CueForm } from './cue-lexicon.js';
import type { CueHit } from './cue-matches.js';
import { endCertainty } from './confidence.js';
import type { FrameEnv } from './frame-env.js';
import { isStance } from './structural.js';
import { findSubject, type Side } from './subject.js';
import { buildSentenceView, type SentenceView } from './sentence-view.js';
import { BE_AUXILIARIES } from './word-classes.js';

// "Thailand accused Vietnam of shelling ... Vietnam rejected the charge": the charge is Thailand's.

interface ActRecord {
  act: number;
  sentence: number;
  owners: readonly ActorRef[];
}

/** The acts the article's sentences performed, with their subjects, read when first asked. */
export class ActAntecedents {
  private readonly records: ActRecord[] = [];
  /** Sentences before this index are read. */
  private readUpTo = 0;

  /**
   * The owners of the latest act a noun names, performed within the allowed sentences before
   * the env's sentence by actors none of which is in `own`; undefined when there is none.
   */
  ownersOf(env: FrameEnv, noun: string, own: ReadonlySet<string>): readonly ActorRef[] | undefined {
    const words = actAntecedentWords();
    const act = words.actOfNoun.get(noun);
    if (act === undefined) return undefined;
    const sentence = env.view.sentence.index;
    this.readBefore(env, sentence);
    for (let i = this.records.length - 1; i >= 0; i--) {
      const record = this.records[i];
      if (record === undefined || record.sentence >= sentence) continue;
      if (sentence - record.sentence > words.backSentences) return undefined;
      if (record.act !== act) continue;
      // The latest such act was the subject's own ("X accused Y ... X repeated the charge").
      if (record.owners.some((owner) => own.has(owner.id))) return undefined;
      return record.owners;
    }
    return undefined;
  }

  /** Reads the acts of the sentences before `sentence` not read yet (few: the window's). */
  private readBefore(env: FrameEnv, sentence: number): void {
    const { sentences } = env.ctx.analysis;
    const from = Math.max(this.readUpTo, sentence - actAntecedentWords().backSentences);
    for (let s = from; s < sentence; s++) {
      const at = sentences[s];
      if (at !== undefined) this.read(env, buildSentenceView(env.ctx, at));
    }
    this.readUpTo = Math.max(this.readUpTo, sentence);
  }

  private read(env: FrameEnv, view: SentenceView): void {
    const words = actAntecedentWords();
    view.words.forEach((raw, t) => {
      const act = words.actOfVerb.get(raw.toLowerCase());
      if (act === undefined) return;
      // "Ukraine was invaded by Russia": the passive's subject did not act.
      if (BE_AUXILIARIES.has(view.words[t - 1]?.toLowerCase() ?? '')) return;
      if (view.words[t + 1] === 'by') return;
      const query = { ctx: env.ctx, cues: env.cues, view, cueToken: t, reach: 'verb' } as const;
      const subject = findSubject(query);
      if (subject === undefined || subject.actors.length === 0) return;
      this.records.push({ act, sentence: view.sentence.index, owners: subject.actors });
    });
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
  const acts = env.discourse?.acts;
  if (acts === undefined || !isStance(form.family.relation) || form.via !== undefined)
    return undefined;
  const own = new Set(source.actors.map((actor) => actor.id));
  const noun = definiteActNoun(env, hit.endToken, own);
  if (noun < 0) return undefined;
  const owners = acts.ownersOf(env, view.words[noun] ?? '', own);
  if (owners === undefined) return undefined;
  return {
    actors: [...owners],
    firstToken: hit.endToken,
    lastToken: noun,
    certainty: endCertainty('previous-actor'),
  };
}

/**
 * "denied the charge": the actors who performed the act "the <noun>" at `the` names, for a
 * subject `own` in a sentence naming no other actor; undefined otherwise.
 */
export function deniedActOwners(env: FrameEnv, the: number, own: Side): Side | undefined {
  const acts = env.discourse?.acts;
  if (acts === undefined) return undefined;
  const ids = new Set(own.actors.map((actor) => actor.id));
  const noun = definiteActNoun(env, the, ids);
  if (noun < 0) return undefined;
  const owners = acts.ownersOf(env, env.view.words[noun] ?? '', ids);
  if (owners === undefined) return undefined;
  return {
    actors: [...owners],
    firstToken: the,
    lastToken: noun,
    certainty: endCertainty('previous-actor'),
  };
}

/**
 * The token of the act noun in "the <noun>" / "the latest <noun>" at `the`, in a sentence that
 * names no actor but the subject's and says nothing of whose the act is; -1 otherwise.
 */
function definiteActNoun(env: FrameEnv, the: number, own: ReadonlySet<string>): number {
  const { view } = env;
  const acts = actAntecedentWords().actOfNoun;
  if (view.words[the] !== 'the') return -1;
  let noun = the + 1;
  if (!acts.has(view.words[noun] ?? '')) noun++;
  if (!acts.has(view.words[noun] ?? '')) return -1;
  if (!/^\p{Ll}+$/u.test(view.words[the + 1] ?? '')) return -1;
  if (OWNER_MARKERS.has(view.words[noun + 1] ?? '')) return -1;
  if (view.units.some((unit) => unit.actor !== undefined && !own.has(unit.actor.id))) return -1;
  return noun;
}

/** "the move by X", "the charge that X ...": words after a noun that name its owner. */
export const OWNER_MARKERS: ReadonlySet<string> = new Set(['of', 'by', 'from', 'that', '-', "'s"]);
