import { z } from 'zod';
import { LowerWord, Phrase, parseWordLists } from '../lexicon/word-lists.js';
import type { CueHit } from './cue-matches.js';
import { subjectOf, type FrameEnv } from './frame-env.js';
import { isNonFactual } from './modality.js';
import { PhraseSet } from './phrase-set.js';
import type { Side } from './subject.js';
import { TENSE_AUXILIARIES, isAdverb } from './word-classes.js';
import measureJson from './demanded-measure-words.json' with { type: 'json' };

const MeasureSchema = z.object({
  description: z.string(),
  demandVerbs: z.array(Phrase).min(1),
  weakeningWords: z.array(LowerWord).min(1),
});

export interface MeasureWords {
  /** "called for", "urged", "pushed for": the subject asks for what follows. */
  demandVerbs: PhraseSet;
  /** "fewer sanctions", "lighter sanctions": a call to soften the measure, not for it. */
  weakeningWords: ReadonlySet<string>;
}

let cached: MeasureWords | undefined;

/** The demand verbs before a measure (demanded-measure-words.json), validated once. */
export function measureWords(): MeasureWords {
  if (cached === undefined) {
    const data = parseWordLists(
      MeasureSchema,
      measureJson,
      'relations/demanded-measure-words.json',
    );
    cached = {
      demandVerbs: new PhraseSet(data.demandVerbs),
      weakeningWords: new Set(data.weakeningWords),
    };
  }
  return cached;
}

/** Words after the demand verb that make the measure something else's ("an end to", "easing"). */
const BLOCKERS = new Set(['of', 'to', 'for', 'on', 'against', 'with', 'and', 'or', 'than']);

/** Most words between the demand verb and the measure noun ("tougher new UN-backed"). */
const MAX_MODIFIERS = 3;

/**
 * "X called for sanctions against Y", "X has long urged tougher sanctions on Y", "X wants more
 * aid for Y": the measure noun is the object of the subject's own demand, so the demand verb
 * does not make X's stance hypothetical. Not "rejected calls for sanctions" (no demand verb of
 * X's), "called for an end to sanctions" or "called for easing sanctions" (the measure is undone),
 * "called for fewer sanctions", "did not call for" or "may urge" (the demand is itself not made).
 */
export function demandedMeasure(env: FrameEnv, hit: CueHit, source: Side): boolean {
  const verb = demandVerbBefore(env, hit, source.lastToken + 1);
  return verb >= 0 && byTheSubject(env, source, verb);
}

/**
 * The subject of the demand verb before a measure noun, when the noun's own subject search
 * stops short of it ("X called for tough economic sanctions against Y").
 */
export function demanderOf(env: FrameEnv, hit: CueHit): Side | undefined {
  const verb = demandVerbBefore(env, hit, 0);
  if (verb < 0) return undefined;
  const subject = subjectOf(env, { ...hit, startToken: verb, endToken: verb }, 'verb');
  return subject !== undefined && byTheSubject(env, subject, verb) ? subject : undefined;
}

/** Where a demand verb starts that takes the measure noun at `hit` as object, or -1. */
function demandVerbBefore(env: FrameEnv, hit: CueHit, floor: number): number {
  const { words, unitAt } = env.view;
  const { demandVerbs, weakeningWords } = measureWords();
  let modifiers = 0;
  for (let t = hit.startToken - 1; t >= floor && modifiers <= MAX_MODIFIERS; t--, modifiers++) {
    const word = words[t] ?? '';
    for (let start = Math.max(floor, t - 2); start <= t; start++) {
      if (start + demandVerbs.matchAt(words, start) === t + 1) return start;
    }
    if (!modifies(unitAt[t] ?? -1, word) || weakeningWords.has(word)) return -1;
  }
  return -1;
}

/** A lower-case word that may stand between a demand verb and its measure noun. */
function modifies(unit: number, word: string): boolean {
  return (
    unit < 0 && /^\p{Ll}[\p{Ll}-]*$/u.test(word) && !BLOCKERS.has(word) && !word.endsWith('ing')
  );
}

/** Only auxiliaries and adverbs between the subject and its demand verb, which is itself factual. */
function byTheSubject(env: FrameEnv, source: Side, verb: number): boolean {
  const { words } = env.view;
  for (let t = source.lastToken + 1; t < verb; t++) {
    const word = words[t] ?? '';
    if (!TENSE_AUXILIARIES.has(word) && !isAdverb(word) && word !== 'long' && word !== 'again')
      return false;
  }
  return !isNonFactual(env.cues, env.view, source.firstToken, verb);
}
