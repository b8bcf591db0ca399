import { cameoLexicon } from './cameo/cameo-lexicon.js';
import { coercionWords } from './coercion-words.js';
import type { CueForm } from './cue-lexicon.js';
import type { CueHit } from './cue-matches.js';
import { emitPairs, subjectOf, type FrameEnv } from './frame-env.js';
import { modifiesNonActor } from './modifier-head.js';
import { isNonFactual } from './modality.js';
import type { SentenceView, Unit } from './sentence-view.js';
import type { Side } from './subject.js';
import { groupAfter, sideOf } from './target.js';
import { BE_AUXILIARIES, DETERMINERS } from './word-classes.js';

const WORDS = coercionWords();
/** How far "from" may stand after the verb of taking ("wrested back control of the city from"). */
const FROM_REACH = 8;
/** Adjectives allowed before the noun of property ("Y's overseas bank accounts"). */
const MODIFIER_REACH = 2;
/** Words that end the object of a verb of taking before any "from". */
const OBJECT_ENDS: ReadonlySet<string> = new Set([
  ',',
  ';',
  ':',
  '.',
  '"',
  '“',
  '”',
  '(',
  'and',
  'but',
  'or',
  'that',
  'which',
  'who',
  'after',
  'before',
  'while',
  'when',
  'because',
  'as',
  'to',
  'in',
  'on',
  'at',
  'with',
  'by',
]);

const FORM: CueForm = {
  family: { relation: 'OPPOSES', frame: 'verb', weight: 1, cues: ['(coercion)'] },
  weight: cameoLexicon().weight,
  via: undefined,
  shape: 'past',
};

/**
 * Material coercion whose target is not the verb's bare object (`coercion-words.json`):
 * "X seized the town / control of Z from Y" (the one dispossessed), "X stripped Y of its
 * citizenship" (the one deprived), "X froze Y's assets" and "X froze the assets of Y" (the
 * owner). The source is the verb's subject; negation, modals, questions, proposals and
 * conditionals give nothing, and so does a passive ("Y's assets were frozen").
 */
export function coercionFrames(env: FrameEnv): void {
  const { words } = env.view;
  for (let t = 1; t < words.length - 2; t++) {
    const word = words[t] ?? '';
    const taking = WORDS.takingVerbs.has(word);
    const stripping = WORDS.strippingVerbs.has(word);
    const asset = WORDS.assetVerbs.has(word);
    if (!taking && !stripping && !asset) continue;
    if (BE_AUXILIARIES.has(words[t - 1] ?? '') || BE_AUXILIARIES.has(words[t - 2] ?? '')) {
      if (stripping || asset) passiveCoercion(env, t, stripping);
      continue;
    }
    const target =
      (taking ? takenFrom(env, t) : undefined) ??
      (stripping ? deprivedOf(env, t) : undefined) ??
      (asset ? propertyOwner(env, t) : undefined);
    if (target !== undefined) emitFrom(env, t, target);
  }
}

function pseudoHit(env: FrameEnv, t: number): CueHit {
  const token = env.view.tokens[t];
  const start = token?.start ?? 0;
  return {
    start,
    end: token?.end ?? start,
    startToken: t,
    endToken: t + 1,
    forms: [FORM],
    glued: undefined,
  };
}

function emitFrom(env: FrameEnv, t: number, target: Side): void {
  const hit = pseudoHit(env, t);
  const source = subjectOf(env, hit, 'verb');
  if (source === undefined || isNonFactual(env.cues, env.view, source.firstToken, t)) return;
  if (target.actors.some((a) => source.actors.includes(a))) return;
  emitPairs(env, FORM, source, target, hit);
}

/**
 * "Y was stripped of Z by X", "Y's assets were frozen by X": the agent after "by" (further on
 * in the clause) against the one deprived or the owner.
 */
function passiveCoercion(env: FrameEnv, verb: number, stripping: boolean): void {
  const { view } = env;
  const target = stripping
    ? subjectOf(env, pseudoHit(env, verb), 'verb')
    : ownerBefore(view, auxiliariesStart(view, verb));
  if (target === undefined) return;
  if (stripping && view.words[verb + 1] !== 'of') return;
  let by = verb + 1;
  while (by < verb + FROM_REACH && view.words[by] !== 'by' && !CLAUSE_END.has(view.words[by] ?? ''))
    by++;
  if (view.words[by] !== 'by') return;
  const source = groupAfter({
    cues: env.cues,
    view,
    from: by + 1,
    maxGap: 2,
    cueStarts: env.cueStarts,
  });
  if (source === undefined || describesOnly(env, view.units[view.unitAt[source.lastToken] ?? -1]))
    return;
  if (isNonFactual(env.cues, view, target.firstToken, verb)) return;
  if (target.actors.some((a) => source.actors.includes(a))) return;
  emitPairs(env, FORM, source, target, pseudoHit(env, verb));
}

/** "Y's (frozen) assets were": the owner before the noun of property ending at `end` - 1. */
function ownerBefore(view: SentenceView, end: number): Side | undefined {
  const noun = end - 1;
  if (!WORDS.assetNouns.has(view.words[noun] ?? '')) return undefined;
  for (let t = noun - 1; t >= Math.max(0, noun - 1 - MODIFIER_REACH); t--) {
    if (POSSESSIVE.has(view.words[t] ?? '')) {
      const u = view.unitAt[t - 1] ?? -1;
      return view.units[u]?.actor === undefined ? undefined : sideOf(view, u);
    }
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(view.words[t] ?? '')) return undefined;
  }
  return undefined;
}

/** The first of the auxiliaries before the participle at `verb` ("have been frozen"). */
function auxiliariesStart(view: SentenceView, verb: number): number {
  let t = verb - 1;
  while (t > 0 && (BE_AUXILIARIES.has(view.words[t] ?? '') || HAVE.has(view.words[t] ?? ''))) t--;
  return t + 1;
}

const HAVE: ReadonlySet<string> = new Set(['have', 'has', 'had']);
const CLAUSE_END: ReadonlySet<string> = new Set([',', ';', ':', '.', 'and', 'but', 'after']);

/** "seized Crimea / control of Kabul / the town from Y": the actor after "from". */
function takenFrom(env: FrameEnv, verb: number): Side | undefined {
  const { view } = env;
  let taken = false;
  const limit = Math.min(view.words.length, verb + 2 + FROM_REACH);
  for (let t = verb + 1; t < limit; t++) {
    const word = view.words[t] ?? '';
    if (word === 'from') return taken ? dispossessed(env, t + 1) : undefined;
    if (OBJECT_ENDS.has(word) && !(word === 'and' && taken)) return undefined;
    const unit = view.units[view.unitAt[t] ?? -1];
    if (unit !== undefined) {
      // "seized a British tanker": an actor as the object is the verb frame's target.
      if (unit.actor !== undefined) return undefined;
      if (unit.mention.type === 'Location') taken = true;
      t = unit.lastToken;
    } else if (WORDS.takenNouns.has(word)) taken = true;
  }
  return undefined;
}

/** The actor after "from" that stands for itself: not "a Mexican cartel", "Chilean fishermen". */
function dispossessed(env: FrameEnv, from: number): Side | undefined {
  const side = groupAfter({
    cues: env.cues,
    view: env.view,
    from,
    maxGap: 2,
    cueStarts: env.cueStarts,
  });
  if (side === undefined) return undefined;
  return describesOnly(env, env.view.units[env.view.unitAt[side.firstToken] ?? -1])
    ? undefined
    : side;
}

/** A state's adjective before a noun that does not represent it ("a Mexican cartel"). */
function describesOnly(env: FrameEnv, unit: Unit | undefined): boolean {
  if (unit === undefined) return true;
  if (modifiesNonActor(env.cues, env.view, unit)) return true;
  if (unit.mention.kind !== 'demonym') return false;
  const next = unit.lastToken + 1;
  const word = env.view.words[next] ?? '';
  if (!/^\p{Ll}+$/u.test(word)) return false;
  return env.cues.context.representativeHeads.matchAt(env.view.words, next) === 0;
}

/** "stripped Y of its citizenship": Y, an actor right after the verb, followed by "of". */
function deprivedOf(env: FrameEnv, verb: number): Side | undefined {
  const { view } = env;
  const start = DETERMINERS.has(view.words[verb + 1] ?? '') ? verb + 2 : verb + 1;
  const u = view.unitAt[start] ?? -1;
  const unit = view.units[u];
  if (unit?.actor === undefined || unit.firstToken !== start) return undefined;
  const side = sideOf(view, u);
  if (side === undefined || view.words[side.lastToken + 1] !== 'of') return undefined;
  return describesOnly(env, view.units[view.unitAt[side.lastToken] ?? -1]) ? undefined : side;
}

/** "froze Y's assets", "froze the assets of Y": the owner of the property. */
function propertyOwner(env: FrameEnv, verb: number): Side | undefined {
  const { view } = env;
  const u = view.unitAt[verb + 1] ?? -1;
  const unit = view.units[u];
  if (unit !== undefined) {
    const side = unit.actor === undefined ? undefined : sideOf(view, u);
    if (side === undefined || !POSSESSIVE.has(view.words[side.lastToken + 1] ?? ''))
      return undefined;
    return propertyAt(view, side.lastToken + 2) >= 0 ? side : undefined;
  }
  const start = view.words[verb + 1] === 'the' ? verb + 2 : verb + 1;
  const noun = propertyAt(view, start);
  if (noun < 0 || view.words[noun + 1] !== 'of') return undefined;
  const side = groupAfter({
    cues: env.cues,
    view,
    from: noun + 2,
    maxGap: 1,
    cueStarts: env.cueStarts,
  });
  return side !== undefined && !describesOnly(env, view.units[view.unitAt[side.firstToken] ?? -1])
    ? side
    : undefined;
}

const POSSESSIVE: ReadonlySet<string> = new Set(["'s", "'"]);

/** The token of a noun of property at `t` or after a few modifiers, else -1. */
function propertyAt(view: SentenceView, t: number): number {
  for (let k = t; k <= t + MODIFIER_REACH && k < view.words.length; k++) {
    if (WORDS.assetNouns.has(view.words[k] ?? '')) return k;
    if ((view.unitAt[k] ?? -1) >= 0 || !/^\p{Ll}[\p{Ll}-]*$/u.test(view.words[k] ?? '')) return -1;
  }
  return -1;
}
