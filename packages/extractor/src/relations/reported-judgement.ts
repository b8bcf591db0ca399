import type { CompiledCues } from './cue-lexicon.js';
import { frameWords } from './frame-words.js';
import { policyWords } from './policy-owners.js';
import { isQuoteMark } from './quoted-predicate.js';
import { speechVerbBeforeAdjunct } from './reported-adjunct.js';
import { reportedJudgementWords } from './reported-judgement-words.js';
import { isHyphenated, type SentenceView } from './sentence-view.js';
import { DETERMINERS, HAVE_FORMS, POSSESSIVES, isAdverb } from './word-classes.js';

const WORDS = reportedJudgementWords();
/** Lower-case modifiers between an owner and its act noun: "Y's economic policies". */
const MODIFIER = /^\p{Ll}[\p{Ll}-]*$/u;
const MODIFIER_REACH = 2;

/**
 * A verb whose finite clause reports its subject's judgement: a speech verb ("said", "told") or
 * one of `reportingVerbs` ("believes", "wrote", "saying").
 */
export function isReportingVerb(cues: CompiledCues, word: string): boolean {
  return cues.context.speechVerbs.has(word) || WORDS.reportingVerbs.has(word);
}

/** The one a reported deed judges: its actor's unit and the first token of its phrase. */
export interface ReportedDoer {
  unit: number;
  start: number;
}

/**
 * The doer of the deed at `cue` in a reported clause: the actor right before it once perfect
 * auxiliaries, adverbs and a progressive "be" before an -ing deed are passed ("Y had long lied",
 * "Y still cannot be trusted", "Y is doing a great job") and a quotation mark that opens the
 * quoted deed ('X said Y "has failed"', 'Y had "lied"'), or the owner of an act noun standing
 * there ("Y's policies have failed", "the Y campaign misled voters"). Undefined when there is
 * none or the actor is glued into a hyphenated modifier.
 */
export function reportedDoer(
  cues: CompiledCues,
  view: SentenceView,
  cue: number,
): ReportedDoer | undefined {
  let t = cue - 1;
  if ((view.words[cue] ?? '').endsWith('ing') && WORDS.progressiveBe.has(view.words[t] ?? '')) t--;
  while (t >= 0 && stepsOver(view.words[t] ?? '')) t--;
  const u = view.unitAt[t] ?? -1;
  const unit = view.units[u];
  if (unit === undefined) return actOwner(cues, view, t);
  if (unit.actor === undefined || isHyphenated(view, unit)) return undefined;
  return { unit: u, start: unit.firstToken };
}

function stepsOver(word: string): boolean {
  return (
    HAVE_FORMS.has(word) || isQuoteMark(word) || isAdverb(word) || WORDS.preverbAdverbs.has(word)
  );
}

/**
 * The owner of the act noun at `noun`: a possessive ("Y's (economic) policies") or an actor
 * right after a determiner ("the Y plan"). The owner must not be possessed itself.
 */
function actOwner(cues: CompiledCues, view: SentenceView, noun: number): ReportedDoer | undefined {
  if (!isActNoun(cues, view.words[noun] ?? '')) return undefined;
  let t = noun - 1;
  for (let i = 0; i < MODIFIER_REACH && isModifier(view, t); i++) t--;
  const possessive = POSSESSIVES.has(view.words[t] ?? '');
  if (possessive) t--;
  const u = view.unitAt[t] ?? -1;
  const unit = view.units[u];
  if (unit?.actor === undefined || isHyphenated(view, unit)) return undefined;
  if (possessive || view.tokens[unit.lastToken]?.poss === true)
    return { unit: u, start: unit.firstToken };
  const determiner = unit.firstToken - 1;
  return DETERMINERS.has(view.words[determiner] ?? '') ? { unit: u, start: determiner } : undefined;
}

function isModifier(view: SentenceView, t: number): boolean {
  return (view.unitAt[t] ?? -1) < 0 && MODIFIER.test(view.words[t] ?? '');
}

function isActNoun(cues: CompiledCues, word: string): boolean {
  return (
    WORDS.actNouns.has(word) ||
    policyWords().classOf.has(word) ||
    cues.context.discourseNouns.has(word) ||
    cues.context.ownedNouns.has(word)
  );
}

/**
 * The token that should be the reporting verb of a clause whose subject opens at `start`: right
 * before it, before "that" or "the" ("said the Y campaign lied"), before a short adjunct and
 * "that" ("said on Monday that Y lied", `speechVerbBeforeAdjunct`), or before the one told ("told reporters Y lied", "told Reuters Y
 * lied"; `addresseeVerbs`). The caller checks that it is one.
 */
export function reportingVerbBefore(cues: CompiledCues, view: SentenceView, start: number): number {
  let t = start - 1;
  if (view.words[t] === 'the') t--;
  if (view.words[t] === 'that') {
    const verb = speechVerbBeforeAdjunct(view, t, reporting(cues));
    if (verb !== undefined) return verb;
    t--;
  }
  const unit = view.units[view.unitAt[t] ?? -1];
  if (unit !== undefined && view.tokens[unit.lastToken]?.poss === true) return t;
  const told = unit === undefined ? t - 1 : unit.firstToken - 1;
  if (unit === undefined && !PLAIN_PLURAL.test(view.words[t] ?? '')) return t;
  return ADDRESSEE_VERBS.has(view.words[told] ?? '') ? told : t;
}

/** "told reporters": one plain plural noun names the ones told. */
const PLAIN_PLURAL = /^\p{Ll}+s$/u;
const ADDRESSEE_VERBS = frameWords().addresseeVerbs;

const reportingSets = new WeakMap<CompiledCues, { has(word: string): boolean }>();

/** The reporting verbs of `cues` as a set, made once per compiled lexicon. */
function reporting(cues: CompiledCues): { has(word: string): boolean } {
  let set = reportingSets.get(cues);
  if (set === undefined) {
    set = { has: (word: string) => isReportingVerb(cues, word) };
    reportingSets.set(cues, set);
  }
  return set;
}

/**
 * "X said on Monday that Y was a disaster": the "that" after a short adjunct that follows the
 * reporting verb at `verb` and comes before the cue, where the judged phrase starts; or undefined.
 */
export function thatAfterAdjunct(
  cues: CompiledCues,
  view: SentenceView,
  verb: number,
  cue: number,
): number | undefined {
  for (let t = verb + 2; t < cue && t <= verb + ADJUNCT_REACH; t++)
    if (view.words[t] === 'that')
      return speechVerbBeforeAdjunct(view, t, reporting(cues)) === verb ? t : undefined;
  return undefined;
}

/** The farthest "that" from the verb an adjunct allows (`speechVerbBeforeAdjunct` holds 6 words). */
const ADJUNCT_REACH = 7;
