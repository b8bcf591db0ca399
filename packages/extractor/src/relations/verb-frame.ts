import { ownedStimulus } from './stimulus-agent.js';
import { isAdjectivalForm } from './adjectival-verb.js';
import { adjunctGerundSubject, withAbsoluteSubject } from './adjunct-gerund.js';
import { appositiveTarget, modifiedAppositiveTarget } from './appositive-object.js';
import { beforeDashAside } from './dash-aside.js';
import { afterCommonConjunct } from './common-conjunct.js';
import { verbAfterComma } from './comma-coordinated.js';
import { coordinatedPassive } from './coordinated-passive.js';
import { frontedParticipleSubject } from './fronted-participle.js';
import type { CueForm } from './cue-lexicon.js';
import type { CueHit } from './cue-matches.js';
import { emitPairs, subjectOf, targetOf, type FrameEnv } from './frame-env.js';
import { isNonFactual } from './modality.js';
import { objectPronounTarget } from './object-pronoun.js';
import { themObjectTarget } from './them-object.js';
import { thankedSupport } from './thanked-support.js';
import { objectDoesGerund } from './object-gerund.js';
import { participleSubject } from './participle.js';
import { relativeClauseSubject, relativeClauseTarget } from './relative-object.js';
import { gappedRelative } from './relative-that.js';
import { isHyphenated, type SentenceView } from './sentence-view.js';
import type { Side } from './subject.js';
import { sideOf } from './target.js';
import { discourseTarget, ownedTarget, ownerPronounTarget } from './verb-objects.js';
import { passivePolicySubject, policyTarget } from './policy-target.js';
import { byOwnedSubject } from './owned-act.js';
import { governmentSubject, governmentTarget } from './government-anaphor.js';
import { describedBodySubject, describedBodyTarget } from './described-body.js';
import { anaphorSubject } from './state-anaphor.js';
import { describedPersonSubject } from './described-person.js';
import { beforeQuoteMark } from './quoted-predicate.js';
import {
  BE_AUXILIARIES,
  DETERMINERS,
  HAVE_FORMS,
  POSSESSIVES,
  PRONOUN_SUBJECTS,
  PUNCTUATION,
  isAdverb,
} from './word-classes.js';
import { modifier } from './confidence.js';
import { isPastForm } from './phrase-words.js';
import { modifiesNonActor } from './modifier-head.js';
import { intendedStanceSource, passesUnknownName } from './intended-stance.js';
import { frameWords } from './frame-words.js';
import { modalityWords } from './modality-words.js';
import { relativeBetween, stanceFactualEnd } from './desired-stance.js';
import { frontedPassive } from './fronted-passive.js';
import { passiveAgent } from './from-list.js';
import { gerundAfterActor } from './gerund-after-actor.js';
import { demanderOf, urgerBefore } from './demanded-measure.js';
import { appositionOwner, objectInPhrase } from './appositive-passive.js';
import { formerly } from './formerly.js';
import { unbackedObject } from './unbacked-object.js';
import { settledTarget } from './settled-target.js';

const isStanceRelation = (r: string): boolean => r === 'OPPOSES' || r === 'SUPPORTS';

export function verbFrame(env: FrameEnv, hit: CueHit, form: CueForm): void {
  const { view } = env;
  if (
    form.shape === 'bare' &&
    !readsAsVerb(view, hit.startToken) &&
    !verbAfterComma(env, hit.startToken) &&
    !afterCommonConjunct(env.cues, view, hit.startToken)
  )
    return;
  if (titleBeforeName(view, hit)) return;
  // "a leading advocate", "the ruling party", "the fighting": after a determiner, not a verb.
  if (form.shape === 'gerund' && DETERMINERS.has(view.words[hit.startToken - 1] ?? '')) return;
  // "dismissed talk of impeaching Y": something talked of, not done.
  if (form.shape === 'gerund' && talkedOf(view, hit.startToken)) return;
  if (form.shape === 'past' && attributive(view, hit.startToken)) return;
  if (isAdjectivalForm(env.cues, view, hit, form)) return;
  // "X helped (to) fight Y": the verb after the helping one says what the help is for.
  if (form.family.relation === 'SUPPORTS' && helpsStanceVerb(env, hit.endToken)) return;
  // "X provides an opportunity for Y", "X respected Y's rules": no help to Y.
  if (form.family.relation === 'SUPPORTS' && unbackedObject(view, hit)) return;
  // "Labour accused of propaganda" (a headline's passive): the subject is the one accused.
  if (form.shape === 'past' && view.words[hit.endToken] === 'of') {
    if (env.cues.context.passiveBeforeOf.has(view.words[hit.endToken - 1] ?? '')) return;
  }
  const beforeIsBe = [1, 2].some((k) => BE_AUXILIARIES.has(view.words[hit.startToken - k] ?? ''));
  const byAt = agentBy(view, hit.endToken, beforeIsBe);
  if (form.shape === 'past' && (beforeIsBe || byAt >= 0))
    return passiveFrame(env, hit, form, byAt, beforeIsBe);
  // "X's decision to back Y": the infinitive is a fact through the noun, not an open aim.
  const intended = intendedStanceSource(env, hit, form);
  const factualTo = isStanceRelation(form.family.relation)
    ? stanceFactualEnd(view, hit.startToken)
    : hit.startToken;
  // "militants who tried to kill Y": the one wanting or trying is the subject of that verb.
  const subjectHit =
    factualTo === hit.startToken ? hit : { ...hit, startToken: factualTo, endToken: factualTo + 1 };
  const subject = intended ?? clauseSubject(env, subjectHit, form);
  const relayed =
    !intended && (!subject || isNonFactual(env.cues, view, subject.firstToken, factualTo));
  const source = relayed ? relayedSource(env, hit, form) : subject;
  if (!source) return;
  if (form.shape === 'gerund' && gerundAfterActor(view, hit.startToken, source)) return;
  if (gappedRelative(view, source.firstToken, hit.endToken)) return;
  const found = verbTarget(env, hit, form, source);
  const target = found && settledTarget(env, hit, form, found);
  if (target === undefined || (intended && passesUnknownName(env, hit, target))) return;
  if (factualTo !== hit.startToken && relativeBetween(view, hit.endToken, target.firstToken))
    return;
  // "asked Z to help press Y": a relayed demand takes only the target right after its verb, or
  // after the preposition its cue names ("to impose sanctions on Y").
  if (relayed && !form.via && !nextTarget(view, hit.endToken, target.firstToken)) return;
  emitPairs(env, form, source, target, hit);
  thankedSupport(env, hit, form, { source, target });
  const joiner = withParticipant(env, target);
  if (joiner)
    emitPairs(
      env,
      { ...form, weight: form.weight * modifier('shared-subject') },
      joiner,
      target,
      hit,
    );
}

/** The verb's subject, or the actor that stands for it in a relative, participle or adjunct. */
function clauseSubject(env: FrameEnv, hit: CueHit, form: CueForm): Side | undefined {
  const gerund = relativeClauseSubject(env, hit, form) ?? gerundSubject(env, hit, form);
  if (gerund !== undefined || objectDoesGerund(env.view, hit, form)) return gerund;
  return (
    subjectOf(env, hit, 'verb') ??
    participleSubject(env, hit, form) ??
    frontedParticipleSubject(env, hit, form) ??
    adjunctGerundSubject(env, hit, form) ??
    withAbsoluteSubject(env, hit, form) ??
    governmentSubject(env, hit.startToken) ??
    describedBodySubject(env, hit.startToken) ??
    describedPersonSubject(env, hit.startToken) ??
    anaphorSubject(env, hit.startToken, form)
  );
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
  if (byAt < 0 || ownedStimulus(env.view, hit, byAt)) return;
  const { view } = env;
  let source = passiveAgent(env, byAt);
  let target: Side | undefined;
  // "X was praised by Y, condemned by Z": the second participle's patient is X.
  const shared = beforeIsBe ? undefined : coordinatedPassive(env, hit);
  if (beforeIsBe)
    target =
      subjectOf(env, hit, 'verb') ??
      passivePolicySubject(env, hit.startToken) ??
      byOwnedSubject(env, hit.startToken);
  else if (shared !== undefined) target = shared.target;
  else {
    let t = hit.startToken - 1;
    if (view.words[t] === ',') t--;
    const u = view.unitAt[t] ?? -1;
    // "the coalition fighting Y, led by X": X leads the coalition, not Y.
    if (u >= 0 && t < hit.startToken - 1 && objectInPhrase(view, view.units[u]?.firstToken ?? t))
      return;
    const fronted = u >= 0 ? undefined : frontedPassive(view, hit.startToken, byAt);
    target = u >= 0 ? sideOf(view, u) : (fronted?.target ?? appositionOwner(view, hit.startToken));
    source = fronted?.source ?? source;
  }
  if (!source || !target || isNonFactual(env.cues, view, target.firstToken, hit.startToken)) return;
  // "The Houthis, once backed by Iran,": what no longer holds.
  if (!beforeIsBe && formerly(view, target.lastToken + 1, hit.startToken)) return;
  // "was fined by a US court": a name only describing the agent acts no more than as a subject.
  const agent = view.units[view.unitAt[source.lastToken] ?? -1];
  if (agent && modifiesNonActor(env.cues, view, agent)) return;
  emitPairs(env, form, source, target, hit);
}

/** "accused Y of supporting Z": a gerund after a preposition has the nearest actor as subject. */
function gerundSubject(env: FrameEnv, hit: CueHit, form: CueForm): Side | undefined {
  const { view } = env;
  // "accused Y of hiding and arming Z": a gerund coordinated after the first shares its subject.
  let start = hit.startToken;
  while (
    ['and', 'or'].includes(view.words[start - 1] ?? '') &&
    /^\p{Ll}+ing$/u.test(view.words[start - 2] ?? '')
  )
    start -= 2;
  const before = view.words[start - 1] ?? '';
  if (form.shape !== 'gerund' || !['of', 'for', 'from', 'about'].includes(before)) return undefined;
  for (let t = start - 2; t >= Math.max(0, start - 6); t--) {
    // "Russia accused the West of arming Y": the doer stands after the accusing verb.
    if (OBJECT_DOER_VERBS.has(view.words[t] ?? '')) return undefined;
    const u = view.unitAt[t] ?? -1;
    const unit = view.units[u];
    // "Nazi-like practices for blocking Y": a name glued into a modifier does not act; nor do
    // people it describes ("training Burundian refugees with the goal of ousting Y").
    if (unit?.actor && !isHyphenated(view, unit) && !modifiesNonActor(env.cues, view, unit))
      return sideOf(view, u);
  }
  return undefined;
}

const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an']);
const TITLE_VERBS = frameWords().titleVerbs;
const OBJECT_DOER_VERBS = frameWords().objectDoerVerbs;

/**
 * "Dutch champions Ajax lost", "Commonwealth champion Jane Doe": a verb that is also a title,
 * between a name and a name that owns nothing ("champions Y's plan" stays a verb), is the
 * title of the name after it. Not after "and", where a joined subject may take the bare form.
 */
function titleBeforeName(view: SentenceView, hit: CueHit): boolean {
  if (hit.endToken !== hit.startToken + 1 || !TITLE_VERBS.has(view.words[hit.startToken] ?? ''))
    return false;
  const before = view.units[view.unitAt[hit.startToken - 1] ?? -1];
  const after = view.units[view.unitAt[hit.endToken] ?? -1];
  if (before === undefined || after === undefined || after.firstToken !== hit.endToken)
    return false;
  if (view.words[before.firstToken - 1] === 'and') return false;
  return !POSSESSIVES.has(view.words[after.lastToken + 1] ?? '');
}

/**
 * "the first truly contested primary", "a disputed claim": a participle after a determiner (and
 * adverbs) is an adjective. Not after "that", which also opens a relative clause.
 */
function attributive(view: SentenceView, t: number): boolean {
  const prev = view.words[t - 1] ?? '';
  // "Beijing criticised", "Ahmed rejected": a name ending as a verb form ends is no verb.
  if ((view.unitAt[t - 1] ?? -1) >= 0) return false;
  // "are investigating alleged kickbacks": right after an -ing verb, not a finite verb.
  if (ING_FORM.test(prev) && prev !== 'having' && prev !== 'being') return true;
  // "has pardoned jailed former president Y", "took jailed Y to hospital": right after a past
  // verb that is no auxiliary, a participle describes that verb's object.
  if (isPastForm(prev) && !HAVE_FORMS.has(prev) && !BE_AUXILIARIES.has(prev)) return true;
  let i = t - 1;
  while (i > t - 4 && (isAdverb(view.words[i] ?? '') || ORDINALS.has(view.words[i] ?? ''))) i--;
  const word = view.words[i] ?? '';
  return word !== 'that' && DETERMINERS.has(word);
}

const ING_FORM = /^\p{Ll}{3,}ing$/u;

const ORDINALS = frameWords().attributiveOrdinals;
const ADDITIVE = modalityWords().additiveAdverbs;

function isNegation(word: string): boolean {
  return word === 'not' || word.endsWith("n't");
}

/**
 * Words right before a bare form that mark it as a verb (an auxiliary, "to", an adverb, or
 * "help", the one verb that takes a bare infinitive with no object: "X helped defeat Y").
 */
const VERB_MARKERS: ReadonlySet<string> = new Set([
  'help',
  'helps',
  'helped',
  'helping',
  'do',
  'does',
  'did',
  'has',
  'have',
  'had',
  'will',
  // "said it would back Y": the modality check decides whether the modal leaves a fact.
  'would',
  'to',
  'also',
  'and',
  // "X backs Y but condemns Z": the verb shares the subject, as after "and".
  'but',
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
]);

/** A bare or third-person form is a verb only right after its subject, an auxiliary or an adverb. */
function readsAsVerb(view: SentenceView, t: number): boolean {
  // "she did - indirectly - contradict Y": the word before a dashed aside marks the verb.
  const at = beforeDashAside(view, beforeQuoteMark(view, t));
  const before = view.words[at];
  if (before === undefined) return false;
  const unit = view.units[view.unitAt[at] ?? -1];
  // "an Ethiopian exile left", "a U.S. strike on": after an indefinite article, a noun.
  if (unit !== undefined) return !INDEFINITE.has(view.words[unit.firstToken - 1] ?? '');
  if (PRONOUN_SUBJECTS.has(before) || isAdverb(before)) return true;
  if (before.endsWith("n't")) return true;
  // "didn't just blame Y", "not merely criticise Y": an additive adverb after a negation.
  if (ADDITIVE.has(before) && isNegation(view.words[at - 1] ?? '')) return true;
  return VERB_MARKERS.has(before);
}

function helpsStanceVerb(env: FrameEnv, after: number): boolean {
  const verb = env.view.words[after] === 'to' ? after + 1 : after;
  return env.stanceVerbs?.has(verb) === true;
}

/**
 * The "by" of a passive's agent: right after the participle, or after a short adjunct when a
 * form of "be" precedes ("was endorsed on Monday by X"); -1 when there is none.
 */
function agentBy(view: SentenceView, from: number, beforeIsBe: boolean): number {
  const reach = beforeIsBe ? 4 : 0;
  for (let t = from; t <= from + reach && t < view.words.length; t++) {
    const word = view.words[t] ?? '';
    if (word === 'by') return t;
    if (PUNCTUATION.test(word) || (view.unitAt[t] ?? -1) >= 0) return -1;
  }
  return -1;
}

function talkedOf(view: SentenceView, at: number): boolean {
  return view.words[at - 1] === 'of' && frameWords().notionNouns.has(view.words[at - 2] ?? '');
}

/** The verb's object, or the actor that stands for it (a relative, an owner, a described body). */
function verbTarget(env: FrameEnv, hit: CueHit, form: CueForm, source: Side): Side | undefined {
  return (
    relativeClauseTarget(env, hit, source) ??
    modifiedAppositiveTarget(env, hit, form) ??
    targetOf(env, hit, form) ??
    appositiveTarget(env, hit, form) ??
    ownerPronounTarget(env, hit, form, source) ??
    objectPronounTarget(env, hit, form, source) ??
    themObjectTarget(env, hit, form, source) ??
    ownedTarget(env, hit, form, source) ??
    discourseTarget(env, hit, form, source) ??
    policyTarget(env, hit, form, source) ??
    governmentTarget(env, hit, form) ??
    describedBodyTarget(env, hit, form)
  );
}

/**
 * "X urged Z to impose sanctions on Y": Z has not acted, but X's demand is X's own act; so is
 * "X called for bombing Y", a gerund X demands.
 */
function relayedSource(env: FrameEnv, hit: CueHit, form: CueForm): Side | undefined {
  if (!isStanceRelation(form.family.relation)) return undefined;
  if (form.shape === 'gerund') return demanderOf(env, hit, 0);
  return urgerBefore(env, hit, hit.startToken - 1);
}

/** Only determiners and possessives between a relayed verb and its target ("to condemn the Y"). */
function nextTarget(view: SentenceView, from: number, to: number): boolean {
  for (let t = from; t < to; t++) {
    const word = view.words[t] ?? '';
    if (!DETERMINERS.has(word) && !POSSESSIVES.has(word)) return false;
  }
  return true;
}
