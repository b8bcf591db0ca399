import { isMatchQuarrel } from './sport-action.js';
import type { CueForm } from './cue-lexicon.js';
import type { CueFrame } from './cue-lexicon-schema.js';
import type { CueHit } from './cue-matches.js';
import { demandFrame } from './demand-frame.js';
import { evaluationFrame } from './evaluation-frame.js';
import { DEFAULT_GAP, blockedBetween, emitPairs, subjectOf, type FrameEnv } from './frame-env.js';
import { prefixDescribed } from './prefix-described.js';
import { isNonFactual } from './modality.js';
import { hyphenLeavesPhrase } from './hyphen-phrase.js';
import { ledNounBetween } from './led-noun.js';
import { emitEveryPair } from './named-allies.js';
import { fromFrame, nounFrame } from './noun-frame.js';
import { pairFrame } from './pair-frame.js';
import { premodifierFrame } from './premodifier-frame.js';
import { reportedFrame } from './reported-frame.js';
import { findTarget, groupAfter, sideOf } from './target.js';
import { forDuration } from './temporal-for.js';
import { formerly } from './formerly.js';
import { verbFrame } from './verb-frame.js';
import { worseningFrame } from './worsening-frame.js';
import type { Side } from './subject.js';
import type { SentenceView } from './sentence-view.js';
import { DETERMINERS, PREPOSITIONS, SKIPPABLE } from './word-classes.js';

export type { FrameEnv } from './frame-env.js';

type Frame = (env: FrameEnv, hit: CueHit, form: CueForm) => void;

/** How each frame finds the two ends of its cue. */
const FRAMES: Record<CueFrame, Frame> = {
  verb: verbFrame,
  noun: nounFrame,
  agent: nounFrame,
  from: fromFrame,
  premodifier: premodifierFrame,
  hyphen: hyphenFrame,
  prefix: prefixFrame,
  mutual: mutualFrame,
  evaluation: evaluationFrame,
  pair: pairFrame,
  worsening: worseningFrame,
  demand: demandFrame,
  reported: reportedFrame,
};

/** Applies one meaning of a cue hit: finds its source and target and emits the relations. */
export function applyFrame(env: FrameEnv, hit: CueHit, form: CueForm): void {
  const { view } = env;
  if ((view.unitAt[hit.startToken] ?? -1) >= 0) return; // inside a name ("Allied Forces")
  if (forDuration(view, hit)) return;
  FRAMES[form.family.frame](env, hit, form);
}

function hyphenFrame(env: FrameEnv, hit: CueHit, form: CueForm): void {
  const { view } = env;
  const u = view.units.findIndex((unit) => unit.end === hit.start);
  if (u < 0 || !view.units[u]?.actor) return;
  const source = sideOf(view, u);
  const target = findTarget({
    cues: env.cues,
    view,
    from: hit.endToken,
    maxGap: form.family.maxGap ?? DEFAULT_GAP['hyphen'] ?? 3,
    cueStarts: env.cueStarts,
  });
  if (!source || !target || hyphenLeavesPhrase(view, hit.endToken, target.firstToken)) return;
  if (stateModifiesNoun(env, target)) return;
  if (form.family.relation === 'LEADS' && ledNounBetween(view, hit.endToken, target.firstToken))
    return;
  emitPairs(env, form, source, target, hit);
}

/**
 * "Vatican-backed Venezuela crisis talks": a state's name before a plain noun that does not act for
 * it (not "Iran-backed Yemen government") modifies what was backed; the state itself is not.
 */
function stateModifiesNoun(env: FrameEnv, target: Side): boolean {
  const { view } = env;
  const unit = view.units[view.unitAt[target.lastToken] ?? -1];
  const next = target.lastToken + 1;
  if (unit?.actor?.type !== 'State' || unit.mention.kind === 'demonym') return false;
  const word = view.words[next] ?? '';
  if (!/^\p{Ll}+$/u.test(word) || env.cueStarts.has(next) || !plainNoun(env, word)) return false;
  return env.cues.context.representativeHeads.matchAt(view.words, next) === 0;
}

const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'and',
  'or',
  'but',
  'to',
  'that',
  'which',
  'who',
]);

/** Not a function word, an auxiliary or a speech verb: what may head a noun compound. */
function plainNoun(env: FrameEnv, word: string): boolean {
  return !(
    SKIPPABLE.has(word) ||
    PREPOSITIONS.has(word) ||
    DETERMINERS.has(word) ||
    CLAUSE_WORDS.has(word) ||
    env.cues.context.speechVerbs.has(word)
  );
}

/** "Russia's pro-Assad stance", "pro-Israeli moves by X": the owner supports the name glued on. */
function prefixFrame(env: FrameEnv, hit: CueHit, form: CueForm): void {
  const { view } = env;
  const u = view.units.findIndex((unit) => unit.start === hit.end);
  const unit = view.units[u];
  if (!unit?.actor) return;
  const target = {
    actors: [unit.actor],
    firstToken: unit.firstToken,
    lastToken: unit.lastToken,
    certainty: 1,
  };
  const possessed = view.tokens[hit.startToken - 2]?.poss === true ? hit.startToken - 2 : -1;
  const owner = view.units[view.unitAt[possessed] ?? -1];
  let source = owner?.actor ? sideOf(view, view.unitAt[possessed] ?? -1) : undefined;
  for (let t = unit.lastToken + 1; source === undefined && t <= unit.lastToken + 3; t++) {
    if (view.words[t] === 'by')
      source = groupAfter({
        cues: env.cues,
        view,
        from: t + 1,
        maxGap: 1,
        cueStarts: env.cueStarts,
      });
    else if (!/^\p{Ll}+$/u.test(view.words[t] ?? '')) break;
  }
  source ??= prefixDescribed(env, hit, unit);
  if (source) emitPairs(env, form, source, target, hit);
}

/**
 * "X and Y, both close US allies": a state named before the cue says whose allies they are, not
 * that they are each other's ("X and Y are NATO allies", a body's, still are).
 */
function stateOwnsCue(view: SentenceView, from: number, cue: number): boolean {
  for (let t = from; t < cue; t++)
    if (view.units[view.unitAt[t] ?? -1]?.actor?.type === 'State') return true;
  return false;
}

/**
 * "France and Germany are allies": every pair of the group. Not a group the cue stands inside
 * ("X and its allies Y and Z struck W": Y and Z are X's allies, which the ally rules read).
 */
function mutualFrame(env: FrameEnv, hit: CueHit, form: CueForm): void {
  const subject = subjectOf(env, hit, 'verb');
  const group = subject && headlinePair(env.view, subject);
  if (
    !group ||
    group.actors.length < 2 ||
    group.lastToken >= hit.startToken ||
    // "Turkey and other NATO allies met": the last name qualifies the cue's noun, it is no
    // conjunct of a group that "are allies" (fellow-members.ts reads that phrase).
    (group.lastToken + 1 === hit.startToken && env.view.words[hit.endToken - 1] === 'allies') ||
    isNonFactual(env.cues, env.view, group.firstToken, hit.startToken) ||
    // "X and Y, former allies,", "X and Y were once allies": what they no longer are.
    blockedBetween(env, group.lastToken + 1, hit.startToken) ||
    formerly(env.view, group.lastToken + 1, hit.startToken) ||
    // "X and Y clashed in the qualifier": two sides of a match.
    isMatchQuarrel(env.view.words, hit.startToken) ||
    // "Japan regards X and Y as allies": Japan's allies, not each other's (ally-judgement.ts).
    env.cues.context.evaluationVerbs.has(env.view.words[group.firstToken - 1] ?? '') ||
    stateOwnsCue(env.view, group.lastToken + 1, hit.startToken)
  )
    return;
  emitEveryPair(env, form, group.actors, group.certainty);
}

/**
 * "Russia, Britain clash over Kosovo": a headline joins two names by a comma where prose writes
 * "and". Read only for one actor right before the comma that opens the sentence, so "In Russia,
 * Britain clashed" (a place phrase) and lists of three stay as they were.
 */
function headlinePair(view: SentenceView, subject: Side): Side {
  if (subject.actors.length !== 1 || view.words[subject.firstToken - 1] !== ',') return subject;
  const first = view.units[view.unitAt[subject.firstToken - 2] ?? -1];
  if (first?.actor === undefined || first.firstToken !== 0) return subject;
  if (first.actor.id === subject.actors[0]?.id) return subject;
  return { ...subject, actors: [first.actor, ...subject.actors], firstToken: 0 };
}
