import type { EntityRelationType, Span } from '@newsgraph/graph-schema';
import type { ActorRef, ArticleContext } from './article-context.js';
import type { CompiledCues, CueForm } from './cue-lexicon.js';
import type { CueHit } from './cue-matches.js';
import { evaluationFrame } from './evaluation-frame.js';
import { isNonFactual } from './modality.js';
import { pairFrame } from './pair-frame.js';
import type { OwnedObjects } from './owned-objects.js';
import { isBlocked } from './title-sense.js';
import type { Candidate } from './relation-set.js';
import type { SentenceView } from './sentence-view.js';
import { findSubject, previousPerson, type Side, type SubjectReach } from './subject.js';
import { findTarget, groupAfter, sideOf } from './target.js';
import {
  BE_AUXILIARIES,
  COPULAS,
  DETERMINERS,
  PRONOUN_SUBJECTS,
  isAdverb,
} from './word-classes.js';

/** What a frame needs: the sentence, the cues, and where to put what it finds. */
export interface FrameEnv {
  ctx: ArticleContext;
  cues: CompiledCues;
  view: SentenceView;
  evidence: Span;
  cueStarts: ReadonlySet<number>;
  emit: (candidate: Candidate) => void;
  /** Owners of the article's resolutions and proposals named so far. */
  owned?: OwnedObjects;
}

/** Relations about what an actor is part of: their target must head its phrase. */
const STRUCTURAL: ReadonlySet<string> = new Set(['LEADS', 'MEMBER_OF', 'ALLIED_WITH']);

const DEFAULT_GAP: Record<string, number> = { verb: 12, noun: 4, agent: 4, from: 2, hyphen: 3 };

/** Applies one meaning of a cue hit: finds its source and target and emits the relations. */
export function applyFrame(env: FrameEnv, hit: CueHit, form: CueForm): void {
  const { view } = env;
  if ((view.unitAt[hit.startToken] ?? -1) >= 0) return; // inside a name ("Allied Forces")
  switch (form.family.frame) {
    case 'verb':
      return verbFrame(env, hit, form);
    case 'noun':
    case 'agent':
      return nounFrame(env, hit, form);
    case 'from':
      return fromFrame(env, hit, form);
    case 'premodifier':
      return premodifierFrame(env, hit, form);
    case 'hyphen':
      return hyphenFrame(env, hit, form);
    case 'prefix':
      return prefixFrame(env, hit, form);
    case 'mutual':
      return mutualFrame(env, hit, form);
    case 'evaluation':
      return evaluationFrame(env, hit, form);
    case 'pair':
      return pairFrame(env, hit, form);
  }
}

function verbFrame(env: FrameEnv, hit: CueHit, form: CueForm): void {
  const { view } = env;
  if (form.shape === 'bare' && !readsAsVerb(view, hit.startToken) && !afterAside(env, hit)) return;
  // "a leading advocate", "the ruling party", "the fighting": after a determiner, not a verb.
  if (form.shape === 'gerund' && DETERMINERS.has(view.words[hit.startToken - 1] ?? '')) return;
  // "Labour accused of propaganda" (a headline's passive): the subject is the one accused.
  if (form.shape === 'past' && view.words[hit.endToken] === 'of') {
    if (env.cues.context.passiveBeforeOf.has(view.words[hit.endToken - 1] ?? '')) return;
  }
  const beforeIsBe = [1, 2].some((k) => BE_AUXILIARIES.has(view.words[hit.startToken - k] ?? ''));
  const byAt = ['by'].includes(view.words[hit.endToken] ?? '') ? hit.endToken : -1;
  if (form.shape === 'past' && (beforeIsBe || byAt >= 0))
    return passiveFrame(env, hit, form, byAt, beforeIsBe);
  const source = gerundSubject(env, hit, form) ?? subjectOf(env, hit, 'verb');
  if (source === undefined || isNonFactual(env.cues, view, source.firstToken, hit.startToken))
    return;
  const target =
    targetOf(env, hit, form) ??
    ownerPronounTarget(env, hit, form, source) ??
    ownedTarget(env, hit, form, source) ??
    discourseTarget(env, hit, form, source);
  if (target === undefined) return;
  emitPairs(env, form, source, target, hit);
  const joiner = withParticipant(env, target);
  if (joiner) emitPairs(env, { ...form, weight: form.weight * 0.75 }, joiner, target, hit);
}

/** "voted for the resolution": its author, named earlier ("a U.S.-drafted resolution"). */
function ownedTarget(env: FrameEnv, hit: CueHit, form: CueForm, source: Side): Side | undefined {
  if (form.family.relation !== 'OPPOSES' && form.family.relation !== 'SUPPORTS') return undefined;
  const owner = env.owned?.ownerAt(env.cues, env.view, hit.endToken);
  if (owner === undefined || source.actors.some((actor) => actor.id === owner.id)) return undefined;
  return { actors: [owner], firstToken: hit.endToken, lastToken: hit.endToken + 1, certainty: 0.7 };
}

/**
 * "Vietnam rejected the charge.", "Germany backed the move.": a stance on a step named by a
 * discourse noun, in a sentence that names no other actor, is a stance on the one actor the
 * previous sentence names besides the subject. Two candidates give nothing.
 */
function discourseTarget(
  env: FrameEnv,
  hit: CueHit,
  form: CueForm,
  source: Side,
): Side | undefined {
  const { ctx, cues, view } = env;
  if (form.family.relation !== 'OPPOSES' && form.family.relation !== 'SUPPORTS') return undefined;
  if (form.via !== undefined || view.words[hit.endToken] !== 'the') return undefined;
  // "the move", "the tariff increase": at most one plain word before the noun.
  let noun = hit.endToken + 1;
  if (!cues.context.discourseNouns.has(view.words[noun] ?? '')) noun++;
  const word = view.words[noun] ?? '';
  if (!cues.context.discourseNouns.has(word) || (view.unitAt[noun - 1] ?? -1) >= 0)
    return undefined;
  if (!/^\p{Ll}+$/u.test(view.words[hit.endToken + 1] ?? '')) return undefined;
  // "the move by X", "the decision of X", "the charge that X ...": the text says whose it is.
  if (OWNER_MARKERS.has(view.words[noun + 1] ?? '')) return undefined;
  const own = new Set(source.actors.map((actor) => actor.id));
  if (view.units.some((unit) => unit.actor !== undefined && !own.has(unit.actor.id)))
    return undefined;
  const actor = previousActor(ctx, view.sentence.index, own);
  if (actor === undefined) return undefined;
  return { actors: [actor], firstToken: hit.endToken, lastToken: noun, certainty: 0.7 };
}

const OWNER_MARKERS: ReadonlySet<string> = new Set(['of', 'by', 'from', 'that', '-', "'s"]);
/** "fighting in Syria": a name right after one of these is a place, not an actor. */
const PLACE_BEFORE =
  /(?:^|\s)(?:in|at|near|into|across|throughout|within|inside|to)\s+(?:the\s+)?$/iu;

/** The one actor the previous sentence names, other than `own`; undefined when not exactly one. */
function previousActor(
  ctx: ArticleContext,
  sentence: number,
  own: ReadonlySet<string>,
): ActorRef | undefined {
  const previous = ctx.analysis.sentences[sentence - 1];
  if (previous === undefined) return undefined;
  const found = new Map<string, ActorRef>();
  for (const mention of ctx.mentionsBySentence.get(sentence - 1) ?? []) {
    const actor = ctx.actor(mention.entityId);
    if (actor === undefined || own.has(actor.id)) continue;
    const before = ctx.analysis.text.slice(
      Math.max(previous.start, mention.start - 24),
      mention.start,
    );
    if (PLACE_BEFORE.test(before)) continue;
    found.set(actor.id, actor);
  }
  const [only] = found.values();
  return found.size === 1 ? only : undefined;
}

/**
 * "Germany and Spain backed his call": a stance on what "his"/"her" person owns is a stance on
 * the one person the previous sentence names. Not when the subject is a person ("X defended his
 * record" is about X).
 */
function ownerPronounTarget(
  env: FrameEnv,
  hit: CueHit,
  form: CueForm,
  source: Side,
): Side | undefined {
  const { view } = env;
  const word = view.words[hit.endToken];
  if ((word !== 'his' && word !== 'her') || form.via !== undefined) return undefined;
  if (form.family.relation !== 'OPPOSES' && form.family.relation !== 'SUPPORTS') return undefined;
  if (source.actors.some((actor) => actor.type === 'Person')) return undefined;
  const person = previousPerson(env.ctx, view.sentence.index);
  if (person === undefined) return undefined;
  return { actors: [person], firstToken: hit.endToken, lastToken: hit.endToken, certainty: 0.7 };
}

/**
 * "Chile and Peru criticised the trade pact, with Peruvian Foreign Minister Ana Torres
 * warning of ...": the actor of a "with X <verb>-ing" adjunct takes the same stance.
 */
function withParticipant(env: FrameEnv, target: Side): Side | undefined {
  const { view } = env;
  let t = target.lastToken + 1;
  while (t < view.words.length && view.words[t] !== ',' && t <= target.lastToken + 4) t++;
  if (view.words[t] !== ',' || view.words[t + 1] !== 'with') return undefined;
  const u = view.unitAt[t + 2] ?? -1;
  const unit = view.units[u];
  if (!unit?.actor || !/^\p{Ll}+ing$/u.test(view.words[unit.lastToken + 1] ?? '')) return undefined;
  return sideOf(view, u);
}

/** "Y was criticised by X", "the coalition led by X": X is the source, Y the target. */
function passiveFrame(
  env: FrameEnv,
  hit: CueHit,
  form: CueForm,
  byAt: number,
  beforeIsBe: boolean,
): void {
  if (byAt < 0) return;
  const { view } = env;
  const source = groupAfter({
    cues: env.cues,
    view,
    from: byAt + 1,
    maxGap: 2,
    cueStarts: env.cueStarts,
  });
  let target: Side | undefined;
  if (beforeIsBe) target = subjectOf(env, hit, 'verb');
  else {
    let t = hit.startToken - 1;
    if (view.words[t] === ',') t--;
    const u = view.unitAt[t] ?? -1;
    target = u >= 0 ? sideOf(view, u) : undefined;
  }
  if (!source || !target || isNonFactual(env.cues, view, target.firstToken, hit.startToken)) return;
  emitPairs(env, form, source, target, hit);
}

/** "accused Y of supporting Z": a gerund after a preposition has the nearest actor as subject. */
function gerundSubject(env: FrameEnv, hit: CueHit, form: CueForm): Side | undefined {
  const { view } = env;
  const before = view.words[hit.startToken - 1] ?? '';
  if (form.shape !== 'gerund' || !['of', 'for', 'from', 'about', 'against'].includes(before))
    return undefined;
  for (let t = hit.startToken - 2; t >= Math.max(0, hit.startToken - 6); t--) {
    const u = view.unitAt[t] ?? -1;
    if (u >= 0 && view.units[u]?.actor) return sideOf(view, u);
  }
  return undefined;
}

/** A bare or third-person form is a verb only right after its subject, an auxiliary or an adverb. */
function readsAsVerb(view: SentenceView, t: number): boolean {
  const before = view.words[t - 1];
  if (before === undefined) return false;
  if ((view.unitAt[t - 1] ?? -1) >= 0 || PRONOUN_SUBJECTS.has(before) || isAdverb(before))
    return true;
  if (before.endsWith("n't")) return true;
  return [
    'do',
    'does',
    'did',
    'will',
    'to',
    'also',
    'and',
    'who',
    'which',
    'that',
    'not',
    'now',
    'still',
    'never',
    'firmly',
    'strongly',
    'openly',
  ].includes(before);
}

/**
 * "Peru, for its part, hits back at Y", "Peru, a close ally, backs Y": a bare form right after
 * the comma closing an aside or apposition that follows an actor is that actor's verb.
 */
function afterAside(env: FrameEnv, hit: CueHit): boolean {
  const { view, cues } = env;
  const close = hit.startToken - 1;
  if (view.words[close] !== ',') return false;
  for (let t = close - 2; t >= Math.max(1, close - 10); t--) {
    const word = view.words[t] ?? '';
    if (word === ';' || cues.context.speechVerbs.has(word)) return false;
    if (word !== ',') continue;
    const opener = view.words[t + 1] ?? '';
    const aside = cues.context.parentheticalOpeners.has(opener) || DETERMINERS.has(opener);
    return aside && (view.unitAt[t - 1] ?? -1) >= 0;
  }
  return false;
}

function nounFrame(env: FrameEnv, hit: CueHit, form: CueForm): void {
  const { view } = env;
  const target = targetOf(env, hit, form);
  if (target === undefined) return;
  const possessor =
    form.family.frame === 'noun'
      ? (possessorOf(env, hit.startToken) ?? pronounPossessor(env, hit.startToken))
      : undefined;
  const source = possessor ?? subjectOf(env, hit, form.family.frame === 'agent' ? 'agent' : 'noun');
  if (source === undefined || isNonFactual(env.cues, view, nearBefore(source, hit), hit.startToken))
    return;
  // "X, a former member of Y", "X, once an ally of Y": what X no longer is.
  if (form.family.frame === 'agent' && blockedBetween(env, source.lastToken + 1, hit.startToken))
    return;
  if (possessor && STRUCTURAL.has(form.family.relation) && aimedAt(env, possessor)) return;
  emitPairs(env, form, source, target, hit);
}

/** "an advocate of Turkish membership of the EU", "talks on Ukraine's membership": not yet so. */
function aimedAt(env: FrameEnv, possessor: Side): boolean {
  const { words } = env.view;
  const from = Math.max(0, possessor.firstToken - 4);
  return env.cues.context.aspirations.occursIn(words, from, possessor.firstToken);
}

/** "Russia's support for", "French opposition to", "the EU's arms embargo on". */
function possessorOf(env: FrameEnv, cueToken: number): Side | undefined {
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
function pronounPossessor(env: FrameEnv, cueToken: number): Side | undefined {
  const { view } = env;
  const word = view.words[cueToken - 1];
  if (word !== 'its' && word !== 'their') return undefined;
  for (let t = cueToken - 2; t >= Math.max(0, cueToken - 8); t--) {
    const unit = view.units[view.unitAt[t] ?? -1];
    if (unit === undefined) continue;
    if (!unit.actor || unit.actor.type === 'Person') return undefined;
    return sideOf(view, view.unitAt[t] ?? -1);
  }
  return undefined;
}

function blockedBetween(env: FrameEnv, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (isBlocked(env.cues, env.view.words[t] ?? '')) return true;
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
function fromFrame(env: FrameEnv, hit: CueHit, form: CueForm): void {
  const { view } = env;
  const source = groupAfter({
    cues: env.cues,
    view,
    from: hit.endToken,
    maxGap: form.family.maxGap ?? 2,
    cueStarts: env.cueStarts,
  });
  if (source === undefined) return;
  const target = subjectOf(env, hit, 'clause');
  if (target === undefined || isNonFactual(env.cues, view, nearBefore(target, hit), hit.startToken))
    return;
  emitPairs(env, form, source, target, hit);
}

function premodifierFrame(env: FrameEnv, hit: CueHit, form: CueForm): void {
  const { view } = env;
  const headAt = headBefore(view, hit.startToken);
  const head = view.units[view.unitAt[headAt] ?? -1];
  if (!head?.actor) return;
  const member = view.unitAt[hit.endToken] ?? -1;
  const after =
    member >= 0 && /^\s*$/.test(between(view, hit.end, view.units[member]?.start ?? hit.end));
  const listed = after ? -1 : listedAfter(view, hit.endToken);
  // "former NATO members including X": the list names past members.
  if (listed >= 0 && blockedBetween(env, Math.max(0, head.firstToken - 2), hit.startToken)) return;
  const source = after
    ? sideOf(view, member)
    : listed >= 0
      ? sideOf(view, listed)
      : appositionOwner(env, head.firstToken, hit);
  if (source === undefined) return;
  const target = {
    actors: [head.actor],
    firstToken: head.firstToken,
    lastToken: head.lastToken,
    certainty: 1,
  };
  const alternative = form.family.organizationTarget;
  if (alternative && head.actor.type === 'Organization') {
    emitPairs(
      env,
      { ...form, family: { ...form.family, relation: alternative } },
      source,
      target,
      hit,
    );
    if (after) alliedWithClauseSubject(env, hit, form, source, head.firstToken);
    return;
  }
  emitPairs(env, form, source, target, hit);
}

/**
 * "NATO members including Turkey and Greece", "EU member states, such as Poland": the unit that
 * opens the list of named members, or -1.
 */
function listedAfter(view: SentenceView, t: number): number {
  if (view.words[t] === ',') t++;
  if (view.words[t] === 'including') t++;
  else if (view.words[t] === 'such' && view.words[t + 1] === 'as') t += 2;
  else return -1;
  const u = view.unitAt[t] ?? -1;
  return view.units[u]?.actor ? u : -1;
}

/** The name a premodifier cue qualifies: "NATO ally", "NATO's closest ally", "Moscow's key allies". */
function headBefore(view: SentenceView, cueToken: number): number {
  let t = cueToken - 1;
  for (let skipped = 0; skipped < 2 && (view.unitAt[t] ?? -1) < 0; skipped++) {
    if (!/^\p{L}+$/u.test(view.words[t] ?? '') || (view.unitAt[t - 1] ?? -1) >= 0) break;
    t--;
  }
  if ((view.unitAt[t] ?? -1) >= 0) return t;
  return view.words[t] === "'s" ? t - 1 : -1;
}

/** Words that may follow the cue of an apposition: its end, or a modifier ("ally in the region"). */
const APPOSITION_END = new Set([
  ',',
  '.',
  ';',
  ')',
  '—',
  '–',
  'in',
  'since',
  'for',
  'on',
  'within',
]);

const APPOSITION_LEAD =
  /^\s*,\s*(?:(?:a|an|the|another|both|its|their|one|long|once|also)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;

/** "Japan is Washington's closest ally", "Chile remains a key Mercosur member": present only. */
const COPULA_LEAD =
  /^\s+(?:is|are|remains|remain|has\s+been|have\s+been)\s+(?:(?:a|an|the|another|its|their|one)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;

/**
 * "Japan, a close U.S. ally,", "Hungary, another NATO member,", "the Soviet Union, Vietnam's
 * main ally": the actor the apposition describes. The phrase must end there (a comma, a full
 * stop, a dash or a bracket), and no negation may stand in it.
 */
function appositionOwner(env: FrameEnv, headToken: number, hit: CueHit): Side | undefined {
  const { view } = env;
  const next = view.words[hit.endToken];
  if (next !== undefined && !APPOSITION_END.has(next)) return undefined;
  for (let t = headToken - 1; t >= Math.max(0, headToken - 5); t--) {
    const u = view.unitAt[t] ?? -1;
    const unit = view.units[u];
    if (unit === undefined) continue;
    const lead = between(view, unit.end, view.tokens[headToken]?.start ?? unit.end);
    if (!unit.actor || !(APPOSITION_LEAD.test(lead) || COPULA_LEAD.test(lead))) return undefined;
    // "X, a former NATO member": what X no longer is.
    if (lead.split(/[\s,]+/).some((word) => isBlocked(env.cues, word))) return undefined;
    if (isNonFactual(env.cues, view, unit.lastToken + 1, hit.startToken)) return undefined;
    return sideOf(view, u);
  }
  return undefined;
}

/** "Germany is reluctant to share intelligence with NATO ally Turkey": Germany and Turkey are allies. */
function alliedWithClauseSubject(
  env: FrameEnv,
  hit: CueHit,
  form: CueForm,
  ally: Side,
  headToken: number,
): void {
  const { view } = env;
  for (let t = headToken - 1; t >= 0; t--) {
    if (env.cueStarts.has(t) || view.words[t] === ';') return;
    const unit = view.units[view.unitAt[t] ?? -1];
    if (unit?.actor?.type !== 'State') continue;
    const subject = subjectOf(env, { ...hit, startToken: unit.lastToken + 1 }, 'verb');
    if (subject?.actors.some((a) => a.id === unit.actor?.id)) {
      const state = { ...subject, actors: [unit.actor], certainty: 0.75 };
      emitPairs(env, form, state, ally, hit);
    }
    return;
  }
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
  if (source && target) emitPairs(env, form, source, target, hit);
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
  const possessed = view.words[hit.startToken - 1] === "'s" ? hit.startToken - 2 : -1;
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
  if (source) emitPairs(env, form, source, target, hit);
}

/** "France and Germany are allies": every pair of the group. */
function mutualFrame(env: FrameEnv, hit: CueHit, form: CueForm): void {
  const group = subjectOf(env, hit, 'verb');
  if (
    !group ||
    group.actors.length < 2 ||
    isNonFactual(env.cues, env.view, group.firstToken, hit.startToken)
  )
    return;
  for (const [i, a] of group.actors.entries()) {
    for (const b of group.actors.slice(i + 1)) {
      emit(env, form.family.relation, a, b, form.weight * group.certainty * 0.9);
      if (form.family.relation === 'OPPOSES')
        emit(env, 'OPPOSES', b, a, form.weight * group.certainty * 0.9);
    }
  }
}

/**
 * Where a nominal cue's modality is read: the few words before it ("would face opposition
 * from"), not the whole clause, whose verb may be planned while the nominal is a fact ("plans to
 * end the EU's embargo on China").
 */
function nearBefore(side: Side, hit: CueHit): number {
  return Math.max(side.firstToken, hit.startToken - 4);
}

function subjectOf(env: FrameEnv, hit: CueHit, reach: SubjectReach): Side | undefined {
  return findSubject({
    ctx: env.ctx,
    cues: env.cues,
    view: env.view,
    cueToken: hit.startToken,
    reach,
  });
}

function targetOf(env: FrameEnv, hit: CueHit, form: CueForm): Side | undefined {
  const maxGap = form.family.maxGap ?? DEFAULT_GAP[form.family.frame] ?? 8;
  return findTarget({
    cues: env.cues,
    view: env.view,
    from: hit.endToken,
    maxGap,
    via: form.via,
    cueStarts: env.cueStarts,
    head: STRUCTURAL.has(form.family.relation),
  });
}

function emitPairs(env: FrameEnv, form: CueForm, source: Side, target: Side, hit: CueHit): void {
  const distance = Math.max(
    0,
    target.firstToken - hit.endToken,
    hit.startToken - source.lastToken - 1,
  );
  const spread = source.actors.length > 1 || target.actors.length > 1 ? 0.95 : 1;
  const confidence =
    form.weight * source.certainty * target.certainty * spread * Math.max(0.7, 1 - 0.02 * distance);
  for (const s of source.actors)
    for (const t of target.actors) emit(env, form.family.relation, s, t, confidence);
}

function emit(
  env: FrameEnv,
  type: EntityRelationType,
  source: ActorRef,
  target: ActorRef,
  confidence: number,
): void {
  env.emit({ type, source, target, confidence, evidence: env.evidence });
}

function between(view: SentenceView, from: number, to: number): string {
  return view.sentenceText.slice(from - view.sentence.start, to - view.sentence.start);
}
