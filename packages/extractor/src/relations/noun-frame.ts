import { cueAimsAtUnnamedBody } from './agent-body.js';
import { adjunctNounEnds } from './adjunct-noun.js';
import { allianceUndone } from './alliance-undone.js';
import { attitudeEvent, attitudeMisses } from './attitude-event.js';
import type { CueForm } from './cue-lexicon.js';
import type { CueHit } from './cue-matches.js';
import {
  STRUCTURAL,
  blockedBetween,
  emitPairs,
  nearBefore,
  subjectOf,
  targetOf,
  type FrameEnv,
} from './frame-env.js';
import { complementEnded } from './complement-end.js';
import { cutVerbBefore } from './cut-support.js';
import { demandedMeasure, demanderOf, exhorterOf } from './demanded-measure.js';
import { formerly } from './formerly.js';
import { fromComplement } from './from-complement.js';
import { listedFromSource } from './from-list.js';
import { modifiesNonActor } from './modifier-head.js';
import { byOwnedSubject } from './owned-act.js';
import { isNonFactual } from './modality.js';
import { agentInPrepositionalObject, opposedMeasure, reportedEvent } from './noun-context.js';
import { clausePolicySubject, policyTarget } from './policy-target.js';
import { receivedNoun } from './received-noun.js';
import { reportedNoun } from './reported-noun.js';
import { agentOfAnother } from './agent-of-another.js';
import { carrierAdjectiveSubject } from './participle.js';
import { personalPossessor, possessiveContradicts } from './possessive-pronoun.js';
import type { Side } from './subject.js';
import { groupAfter, sideOf } from './target.js';
import { COPULAS, DETERMINERS } from './word-classes.js';
import type { SentenceView } from './sentence-view.js';

export function nounFrame(env: FrameEnv, hit: CueHit, form: CueForm): void {
  const { view } = env;
  const ends = nounEnds(env, hit, form);
  if (ends === undefined) return;
  const { target } = ends;
  if (form.family.frame === 'agent' && attitudeMisses(env, hit, form, target)) return;
  const possessor =
    form.family.frame === 'noun'
      ? (possessorOf(env, hit.startToken) ??
        pronounPossessor(env, hit.startToken) ??
        personalPossessor(env, hit.startToken))
      : undefined;
  // "X told Y about his support for Z": "his" is X's or Y's, and the noun is no one's for sure.
  if (possessor === null) return;
  // "X urged Z to impose sanctions on Y": X, whose demand it is; found once, read twice below.
  const urger = stanceNoun(form) ? exhorterOf(env, hit) : undefined;
  let source =
    possessor ??
    (form.family.frame === 'noun' ? agentAfter(env, target) : undefined) ??
    ends.source ??
    clauseSubject(env, hit, form) ??
    (stanceNoun(form) ? (demanderOf(env, hit) ?? urger) : undefined);
  // "X halted aid to Y", "X ended its support for Y": support cut is opposition (CAMEO 16).
  const cut = form.family.relation === 'SUPPORTS' ? cutVerbBefore(env, hit.startToken) : -1;
  const factualEnd = cut >= 0 ? cut : hit.startToken;
  if (source === undefined) return;
  if (
    isNonFactual(env.cues, view, nearBefore(source, hit), factualEnd) &&
    !ownDemand(env, hit, form, source)
  ) {
    // Z has not acted, but the demand is X's own.
    if (urger === undefined) return;
    source = urger;
  }
  if (source !== possessor && (subjectOnlyFails(env, hit, form) || receivedNoun(env, hit))) return;
  if (source !== possessor && possessiveContradicts(env, hit.startToken, source)) return;
  // "X broke its alliance with Y", "X rejected an alliance with Y": none holds.
  if (
    form.family.relation === 'ALLIED_WITH' &&
    allianceUndone(view, nearBefore(source, hit), hit.startToken)
  )
    return;
  // "X, a former member of Y", "X, once an ally of Y": what X no longer is.
  if (
    form.family.frame === 'agent' &&
    (blockedBetween(env, source.lastToken + 1, hit.startToken) ||
      formerly(view, source.lastToken + 1, hit.startToken) ||
      agentOfAnother(view, source.lastToken, hit.startToken))
  )
    return;
  // "X's plan will please members of Y": the clause's subject is what X owns, not X; but "X's
  // five years as leader of Y" are X's own.
  if (form.family.frame === 'agent' && ownedSubject(env, source.lastToken, hit.startToken)) return;
  if (possessor && STRUCTURAL.has(form.family.relation) && aimedAt(env, possessor)) return;
  // "X, the deputy chairman of Y": serves Y without heading it (the title rules give REPRESENTS).
  if (
    form.family.relation === 'LEADS' &&
    env.cues.demoters.has(env.view.words[hit.startToken - 1] ?? '')
  )
    return;
  if (
    form.family.frame === 'agent' &&
    form.family.relation === 'LEADS' &&
    cueAimsAtUnnamedBody(view, target)
  )
    return;
  emitPairs(env, cut >= 0 ? cutForm(form) : form, source, target, hit);
}

/**
 * The noun's target, and its source where an adjunct holding the noun gives both ends ("In a
 * swipe at Y, X said"); undefined where the noun is denied ("voiced no support for Y").
 */
function nounEnds(
  env: FrameEnv,
  hit: CueHit,
  form: CueForm,
): { target: Side; source?: Side } | undefined {
  const { view } = env;
  if (deniedByNo(view, hit.startToken)) return undefined;
  if (form.family.frame === 'agent' && infinitiveAfter(view, hit.endToken)) return undefined;
  const found = targetOf(env, hit, form) ?? policyTarget(env, hit, form, undefined);
  if (found === undefined) return undefined;
  if (complementEnded(view, hit.endToken, found.firstToken)) return undefined;
  const adjunct = stanceNoun(form) ? adjunctNounEnds(env, hit, found) : undefined;
  if (adjunct === null) return undefined;
  return adjunct ?? { target: found };
}

/** "no" right before the noun, or before one plain word before it ("voiced no public support"). */
function deniedByNo(view: SentenceView, cueToken: number): boolean {
  const before = view.words[cueToken - 1] ?? '';
  return before === 'no' || (view.words[cueToken - 2] === 'no' && /^\p{Ll}+$/u.test(before));
}

/** The clause's subject; for an adjective after a thing issued, its issuer ("a statement critical of Y"). */
function clauseSubject(env: FrameEnv, hit: CueHit, form: CueForm): Side | undefined {
  if (form.family.frame !== 'agent') return subjectOf(env, hit, 'noun');
  return subjectOf(env, hit, 'agent') ?? carrierAdjectiveSubject(env, hit);
}

/** "X called for sanctions against Y": a stance noun X itself asks for (not a structural one). */
function ownDemand(env: FrameEnv, hit: CueHit, form: CueForm, source: Side): boolean {
  return stanceNoun(form) && demandedMeasure(env, hit, source);
}

function stanceNoun(form: CueForm): boolean {
  return form.family.frame === 'noun' && !STRUCTURAL.has(form.family.relation);
}

/** The OPPOSES reading of a support noun governed by a verb of cutting. */
function cutForm(form: CueForm): CueForm {
  return { ...form, family: { ...form.family, relation: 'OPPOSES' } };
}

/** A possessive after the source, and no "as" between it and the cue. */
function ownedSubject(env: FrameEnv, sourceEnd: number, cueToken: number): boolean {
  const { words } = env.view;
  if (env.view.tokens[sourceEnd]?.poss !== true) return false;
  for (let t = sourceEnd + 2; t < cueToken; t++) if (words[t] === 'as') return false;
  return true;
}

/** The clause's subject is no source of an agent noun after a preposition or of an opposed measure. */
function subjectOnlyFails(env: FrameEnv, hit: CueHit, form: CueForm): boolean {
  if (form.family.frame === 'agent') return agentInPrepositionalObject(env, hit);
  if (reportedEvent(env, hit) || attitudeEvent(env, hit)) return true;
  return form.family.relation === 'OPPOSES' && opposedMeasure(env, hit);
}

/** "criticism of Y by X", "the condemnation of Y by X": the agent after the complement. */
function agentAfter(env: FrameEnv, target: Side): Side | undefined {
  if (env.view.words[target.lastToken + 1] !== 'by') return undefined;
  return groupAfter({
    cues: env.cues,
    view: env.view,
    from: target.lastToken + 2,
    maxGap: 1,
    cueStarts: env.cueStarts,
  });
}

/** "an advocate of Turkish membership of the EU", "talks on Ukraine's membership": not yet so. */
function aimedAt(env: FrameEnv, possessor: Side): boolean {
  const { words } = env.view;
  const from = Math.max(0, possessor.firstToken - 4);
  return env.cues.context.aspirations.occursIn(words, from, possessor.firstToken);
}

/** "Russia's support for", "French opposition to", "the EU's arms embargo on". */
export function possessorOf(env: FrameEnv, cueToken: number): Side | undefined {
  const { view } = env;
  let skipped = 0;
  for (let t = cueToken - 1; t >= 0; t--) {
    const u = view.unitAt[t] ?? -1;
    if (u >= 0) return view.units[u]?.actor ? sideOf(view, u) : undefined;
    const word = view.words[t] ?? '';
    if (word === "'s") continue;
    if (skipped > 0 || env.cueStarts.has(t) || !/^\p{Ll}+$/u.test(word)) return undefined;
    // "Brazil said sanctions on", "Peru lifted sanctions on": a verb, not a possessor, stands there.
    if (isVerbLike(env, word)) return undefined;
    skipped++;
  }
  return undefined;
}

/** "backed NATO in its dispute with Russia": "its" is the nearest actor before, not the subject. */
export function pronounPossessor(env: FrameEnv, cueToken: number): Side | undefined {
  const { view } = env;
  const word = view.words[cueToken - 1];
  if (word !== 'its' && word !== 'their') return undefined;
  for (let t = cueToken - 2; t >= Math.max(0, cueToken - 8); t--) {
    const unit = view.units[view.unitAt[t] ?? -1];
    if (unit === undefined) continue;
    if (!unit.actor || unit.actor.type === 'Person') return undefined;
    if (ofNonRepresentative(env, unit.firstToken)) return undefined;
    return sideOf(view, view.unitAt[t] ?? -1);
  }
  return undefined;
}

/**
 * "members of the X voiced their opposition": "their" is the members', people who do not speak
 * for X (cues.json nonRepresentativeHeads), when X follows "of" after such a head.
 */
function ofNonRepresentative(env: FrameEnv, first: number): boolean {
  const { words } = env.view;
  let t = first - 1;
  while (t > 0 && DETERMINERS.has(words[t] ?? '')) t--;
  if (words[t] !== 'of') return false;
  const heads = env.cues.context.nonRepresentativeHeads;
  for (let from = Math.max(0, t - 3); from < t; from++)
    if (from + heads.matchAt(words, from) === t) return true;
  return false;
}

function isVerbLike(env: FrameEnv, word: string): boolean {
  const { context } = env.cues;
  return (
    word.endsWith('ed') ||
    COPULAS.has(word) ||
    context.speechVerbs.has(word) ||
    context.evaluationVerbs.has(word)
  );
}

/** "X faced criticism from Y": Y is the source, the clause's subject the target. */
export function fromFrame(env: FrameEnv, hit: CueHit, form: CueForm): void {
  const { view } = env;
  // "X faced no criticism from Y", "X drew no public protest from Y": none came.
  if (deniedByNo(view, hit.startToken)) return;
  const source =
    groupAfter({
      cues: env.cues,
      view,
      from: hit.endToken,
      maxGap: form.family.maxGap ?? 2,
      cueStarts: env.cueStarts,
    }) ?? listedFromSource(env, hit.endToken);
  // "criticism from German conservatives": people the name describes, not the state.
  const last = view.units[view.unitAt[source?.lastToken ?? -1] ?? -1];
  if (source === undefined || (last && modifiesNonActor(env.cues, view, last))) return;
  if (ownsPeopleNoun(env, source)) return;
  const subject = subjectOf(env, hit, 'clause');
  const aimed = form.family.relation === 'OPPOSES' ? fromComplement(env, source) : undefined;
  if (aimed !== undefined) {
    const from = subject === undefined ? 0 : nearBefore(subject, hit);
    if (!isNonFactual(env.cues, view, from, hit.startToken))
      emitPairs(env, form, source, aimed, hit);
    return;
  }
  // "Reuters reported complaints from Y": the subject only passes the complaint on.
  if (reportedNoun(view, hit)) return;
  const target =
    subject ?? clausePolicySubject(env, hit.startToken) ?? byOwnedSubject(env, hit.startToken);
  if (target === undefined || isNonFactual(env.cues, view, nearBefore(target, hit), hit.startToken))
    return;
  emitPairs(env, form, source, target, hit);
}

/** Plain words that may stand between an owner and the head of its people ("Chile's new government"). */
const MAX_OWNED_MODIFIERS = 2;

/**
 * "the support of Chile's exiled Hutus": a possessive source owns the people who act, who do not
 * act for it; only a representative head ("Chile's government", "Peru's leaders") does.
 */
function ownsPeopleNoun(env: FrameEnv, source: Side): boolean {
  const { view } = env;
  if (view.tokens[source.lastToken]?.poss !== true) return false;
  let t = source.lastToken + 1;
  if (view.words[t] === "'s") t++;
  for (let n = 0; n <= MAX_OWNED_MODIFIERS; n++, t++) {
    if (env.cues.context.representativeHeads.matchAt(view.words, t) > 0) return false;
    if ((view.unitAt[t] ?? -1) >= 0 || !/^\p{Ll}[\p{Ll}-]*$/u.test(view.words[t] ?? '')) break;
  }
  return true;
}

/** "the latest US ally to join the AIIB": the cue's "to" opens an infinitive, not its complement. */
function infinitiveAfter(view: SentenceView, end: number): boolean {
  if (view.words[end - 1] !== 'to' || (view.unitAt[end] ?? -1) >= 0) return false;
  const next = view.words[end] ?? '';
  return !DETERMINERS.has(next) && next !== 'both';
}
