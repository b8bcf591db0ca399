import { z } from 'zod';
import { LowerWord, Phrase, parseWordLists } from '../lexicon/word-lists.js';
import type { CompiledCues } from './cue-lexicon.js';
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
  urgingVerbs: z.array(Phrase).min(1),
  impositionVerbs: z.array(Phrase).min(1),
});

export interface MeasureWords {
  /** "called for", "urged", "pushed for": the subject asks for what follows. */
  demandVerbs: PhraseSet;
  /** "fewer sanctions", "lighter sanctions": a call to soften the measure, not for it. */
  weakeningWords: ReadonlySet<string>;
  /** "encouraged", "wants": verbs of asking the object to act besides cues.json's demand family. */
  urgingVerbs: PhraseSet;
  /** "impose", "take", "step up": what the one urged is asked to do with the measure. */
  impositionVerbs: PhraseSet;
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
      urgingVerbs: new PhraseSet(data.urgingVerbs),
      impositionVerbs: new PhraseSet(data.impositionVerbs),
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
  const verb = verbBefore(env, hit.startToken, measureWords().demandVerbs, source.lastToken + 1);
  return verb >= 0 && byTheSubject(env, source, verb);
}

/**
 * The subject of the demand verb before a measure noun, when the noun's own subject search
 * stops short of it ("X called for tough economic sanctions against Y"); at most `modifiers`
 * words between them.
 */
export function demanderOf(
  env: FrameEnv,
  hit: CueHit,
  modifiers = MAX_MODIFIERS,
): Side | undefined {
  const verb = verbBefore(env, hit.startToken, measureWords().demandVerbs, 0, modifiers);
  if (verb < 0) return undefined;
  const subject = subjectOf(env, { ...hit, startToken: verb, endToken: verb }, 'verb');
  return subject !== undefined && byTheSubject(env, subject, verb) ? subject : undefined;
}

/** Most tokens of the one urged: "the UN Security Council", "its European partners". */
const MAX_URGED = 6;

/** A word of the one urged that is not a name: "the", "its", "member", "states", "'s". */
const URGED_WORD = /^(?:\p{Ll}[\p{Ll}-]*|['’]s)$/u;

/**
 * "X urged the UN to impose sanctions on Y", "X called on Europe to send more aid to Y": X asks
 * another to take the measure, so the measure is X's demand. The subject of the factual urging
 * verb before "<urged> to <impose> [modifiers] <measure>", or undefined.
 */
export function exhorterOf(env: FrameEnv, hit: CueHit): Side | undefined {
  const imposed = verbBefore(env, hit.startToken, measureWords().impositionVerbs);
  return imposed < 1 ? undefined : urgerBefore(env, hit, imposed - 1);
}

/**
 * The factual subject of an urging verb whose object controls the infinitive marked by the "to"
 * at `to` ("X urged the UN to …", "X called on Europe to …"), or undefined. "urged Z not to"
 * asks the opposite, and gives nothing.
 */
export function urgerBefore(env: FrameEnv, hit: CueHit, to: number): Side | undefined {
  const { words } = env.view;
  if (words[to] !== 'to') return undefined;
  const { urgingVerbs } = measureWords();
  for (let t = to - 1, urged = 0; t >= 0 && urged < MAX_URGED; t--, urged++) {
    for (let start = Math.max(0, t - 1); start <= t && urged > 0; start++) {
      const key = start < t ? `${words[start]} ${words[t]}` : (words[t] ?? '');
      if (isDemandCue(env.cues, key) || start + urgingVerbs.matchAt(words, start) === t + 1) {
        const subject = subjectOf(env, { ...hit, startToken: start, endToken: start }, 'verb');
        return subject !== undefined && byTheSubject(env, subject, start) ? subject : undefined;
      }
    }
    const word = words[t] ?? '';
    // "urged Z not to …" asks the opposite; "wanted to use Z to …" is another verb's infinitive.
    if (word === 'not' || word === 'never' || word === 'to') return undefined;
    if ((env.view.unitAt[t] ?? -1) < 0 && !URGED_WORD.test(word)) return undefined;
  }
  return undefined;
}

/** A form of cues.json's demand family ("urged", "called on", "asking"): one asks another to act. */
export function isDemandCue(cues: CompiledCues, key: string): boolean {
  return cues.forms.get(key)?.some((form) => form.family.frame === 'demand') === true;
}

/** Where a verb of `verbs` starts that takes the measure noun at `noun` as object, or -1. */
function verbBefore(
  env: FrameEnv,
  noun: number,
  verbs: PhraseSet,
  floor = 0,
  most = MAX_MODIFIERS,
): number {
  const { words, unitAt } = env.view;
  const { weakeningWords } = measureWords();
  for (let t = noun - 1, modifiers = 0; t >= floor && modifiers <= most; t--, modifiers++) {
    const word = words[t] ?? '';
    for (let start = Math.max(floor, t - 2); start <= t; start++) {
      if (start + verbs.matchAt(words, start) === t + 1) return start;
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

const RELATIVES = new Set(['which', 'who']);

/** Only auxiliaries and adverbs between the subject and its demand verb, which is itself factual. */
function byTheSubject(env: FrameEnv, source: Side, verb: number): boolean {
  const { words } = env.view;
  // "Japan, which has long called for sanctions on Y": the relative clause is the subject's.
  const relative =
    words[source.lastToken + 1] === ',' && RELATIVES.has(words[source.lastToken + 2] ?? '');
  for (let t = source.lastToken + (relative ? 3 : 1); t < verb; t++) {
    const word = words[t] ?? '';
    if (!TENSE_AUXILIARIES.has(word) && !isAdverb(word) && word !== 'long' && word !== 'again')
      return false;
  }
  return !isNonFactual(env.cues, env.view, source.firstToken, verb);
}
