import { afterPlace, allyOwner, commaAlly, isPossessiveMark, pastAlly } from './ally-apposition.js';
import { judgedAlly } from './ally-judgement.js';
import { asideStart } from './apposition.js';
import { copulaAt, includeAt } from './critics-list.js';
import {
  copulaConjunctOwner,
  isOfComplement,
  secondConjunctOwner,
} from './coordinated-apposition.js';
import type { CueForm } from './cue-lexicon.js';
import type { CueHit } from './cue-matches.js';
import { between, blockedBetween, emitPairs, subjectOf, type FrameEnv } from './frame-env.js';
import { isPeopleKind } from './member-bodies.js';
import { isNonFactual } from './modality.js';
import { perfectWords } from './perfect-words.js';
import { isGerund } from './phrase-words.js';
import { fellowAllies, namedAllies } from './named-allies.js';
import type { SentenceView, Unit } from './sentence-view.js';
import type { Side } from './subject.js';
import { sideOf } from './target.js';
import { isStance } from './structural.js';
import { isBlocked } from './title-sense.js';
import { endCertainty } from './confidence.js';
import { DETERMINERS } from './word-classes.js';

export function premodifierFrame(env: FrameEnv, hit: CueHit, form: CueForm): void {
  const { view } = env;
  if (judgedAlly(env, hit, form)) return;
  const headAt = headBefore(view, hit.startToken);
  const named = view.units[view.unitAt[headAt] ?? -1];
  const head = named?.actor ? named : pronounHead(view, hit.startToken);
  if (!head?.actor) return namedAllies(env, hit, form);
  if (pastAlly(env, hit, form, head)) return;
  // "Israel's ally the United States vetoed": "the" may open the name after the cue.
  const nameToken = hit.endToken + (view.words[hit.endToken] === 'the' ? 1 : 0);
  const member = view.unitAt[nameToken] ?? -1;
  const after =
    member >= 0 &&
    /^\s*(?:the\s+)?$/.test(between(view, hit.end, view.units[member]?.start ?? hit.end));
  const apposed = after ? undefined : commaAlly(env, hit, form, head);
  // "Y's critics include X": a stance only; "Y's members included X" may be no member now.
  const linked = isStance(form.family.relation)
    ? amongBefore(view, head.firstToken)
      ? 'among'
      : 'include'
    : undefined;
  const listed = after || apposed ? -1 : listedAfter(view, hit.endToken, linked);
  // "former NATO members including X": the list names past members.
  if (listed >= 0 && blockedBetween(env, Math.max(0, head.firstToken - 2), hit.startToken)) return;
  const found = after
    ? sideOf(view, member)
    : listed >= 0
      ? sideOf(view, listed)
      : head === named
        ? (appositionOwner(env, head.firstToken, hit) ?? allyOwner(env, hit, form, head))
        : undefined;
  const source = apposed ?? found;
  if (source === undefined) return;
  const target = {
    actors: [head.actor],
    firstToken: head.firstToken,
    lastToken: head.lastToken,
    certainty: 1,
  };
  const alternative = form.family.organizationTarget;
  if (alternative && head.actor.type === 'Organization' && !isPeopleKind(env.ctx, head.actor.id)) {
    emitPairs(
      env,
      { ...form, family: { ...form.family, relation: alternative } },
      source,
      target,
      hit,
    );
    if (after) alliedWithClauseSubject(env, hit, form, source, head.firstToken);
    fellowAllies(env, hit, form, source);
    return;
  }
  emitPairs(env, form, source, target, hit);
}

/**
 * "NATO members including Turkey and Greece", "EU member states, such as Poland", "Y's critics
 * include X", "Among Y's backers are X": the unit that opens the list of named members, or -1.
 */
function listedAfter(view: SentenceView, t: number, link: 'among' | 'include' | undefined): number {
  t = afterPlace(view, t);
  const linked =
    view.question || link === undefined
      ? -1
      : link === 'among'
        ? copulaAt(view.words, t)
        : includeAt(view.words, t);
  if (linked >= 0) t = linked;
  else {
    if (view.words[t] === ',') t++;
    if (view.words[t] === 'including') t++;
    else if (view.words[t] === 'such' && view.words[t + 1] === 'as') t += 2;
    else return -1;
  }
  const u = view.unitAt[t] ?? -1;
  return view.units[u]?.actor ? u : -1;
}

/** "Among Y's critics are X and Z": the list after the copula names them. */
function amongBefore(view: SentenceView, first: number): boolean {
  const at = view.words[first - 1] === 'the' ? first - 2 : first - 1;
  return view.words[at] === 'among';
}

/**
 * "the United States and its allies, including Japan", "Peru and its closest allies Chile and
 * Ecuador": "its"/"their" before the cue (an adjective may stand between) is the nearest state
 * named before it.
 */
function pronounHead(view: SentenceView, cueToken: number): Unit | undefined {
  let t = cueToken - 1;
  if (/^\p{Ll}+$/u.test(view.words[t] ?? '') && !POSSESSIVE_PRONOUNS.has(view.words[t] ?? ''))
    t = compoundStart(view, t) - 1;
  if (!POSSESSIVE_PRONOUNS.has(view.words[t] ?? '')) return undefined;
  for (let i = t - 1; i >= Math.max(0, t - PRONOUN_REACH); i--) {
    const unit = view.units[view.unitAt[i] ?? -1];
    if (unit === undefined) continue;
    return unit.actor?.type === 'State' ? unit : undefined;
  }
  return undefined;
}

const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['its', 'their']);

/**
 * Tokens back from "its" to its state: "called on X on Thursday to end \"business as usual\" with
 * its ally Y" puts a dozen between them; the nearest actor must still be a state.
 */
const PRONOUN_REACH = 14;

/**
 * The name a premodifier cue qualifies: "NATO ally", "NATO's closest ally", "Moscow's key allies",
 * "NATO's 31st member", "the Christian Democrats' coalition partner".
 */
function headBefore(view: SentenceView, cueToken: number): number {
  let t = cueToken - 1;
  // "Britain's trusted partner and ally", "Iran's oldest and closest ally": a coordination
  // of plain words allows one more.
  let reach = 2;
  let determiner = false;
  for (let skipped = 0; skipped < reach && (view.unitAt[t] ?? -1) < 0; skipped++) {
    // "NATO's 31st member": an ordinal counts as a modifier; "long-time" is one.
    const word = view.words[t] ?? '';
    const first = compoundStart(view, t);
    if (!/^(?:\p{L}+|\d+(?:st|nd|rd|th))$/u.test(word) || (view.unitAt[first - 1] ?? -1) >= 0)
      break;
    if (word === 'and' && skipped < 2) reach = 3;
    determiner ||= DETERMINERS.has(word);
    t = first - 1;
  }
  // "Russia's war and its ally": no coordination of plain words.
  if (reach > 2 && determiner) return -1;
  if ((view.unitAt[t] ?? -1) >= 0) return t;
  return isPossessiveMark(view, t) ? t - 1 : -1;
}

/**
 * The first token of a lower-case compound glued by a hyphen that ends at `t` ("long-time",
 * "oil-rich"), else `t`.
 */
function compoundStart(view: SentenceView, t: number): number {
  const { words, tokens, unitAt } = view;
  if (words[t - 1] !== '-' || !/^\p{Ll}+$/u.test(words[t - 2] ?? '') || (unitAt[t - 2] ?? -1) >= 0)
    return t;
  const glued =
    tokens[t - 2]?.end === tokens[t - 1]?.start && tokens[t - 1]?.end === tokens[t]?.start;
  return glued ? t - 2 : t;
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
  // "X is one of Y's strongest critics but ...": a conjunction closes the phrase.
  'but',
  'although',
  'though',
  'because',
]);

/** Tokens back to the owner: the longest lead ("has emerged as one of the"), a bracket "(R-Ariz.)". */
const LEAD_REACH = 11;

// No copula opens the words after the comma: "X, a Republican, is a Y critic" is X's, not
// the apposition's name. A bracket may stand before the comma: "Senator X (R), a Y ally,". An
// age may modify the noun: "X, a 40-year-old Y supporter,".
const APPOSITION_LEAD =
  /^\s*(?:\([^()]{0,12}\)\s*)?,\s*(?:(?:a|an|the|another|both|its|their|one|long|once|also)\s+)?(?:(?!(?:is|are|was|were|remains|remain|has|have|had)\s)(?:\d+-)?[\p{Ll}-]+\s+){0,2}$/u;

/**
 * "Japan is Washington's closest ally", "Chile remains a key Mercosur member", "X has become one
 * of Y's fiercest critics", "Poland became a NATO member in 1999" (what it became, it is),
 * "Senator X (R) is a vocal Y critic": present only. "of" opens no other lead ("X has been a target of Y
 * critics" says nothing of X's stance).
 */
const COPULA_LEAD = new RegExp(
  String.raw`^\s+(?:\([^()]{0,12}\)\s+)?(?:is|are|remains|remain|became|(?:has|have)\s+(?:(?:${innerAdverbs()}|\p{Ll}+ly)\s+)?(?:been|become)|has\s+emerged\s+as)\s+(?:(?:a|an|the|another|its|their|one\s+of|one)\s+)?(?:(?!of\s)[\p{Ll}-]+\s+){0,2}$`,
  'u',
);

/** "X has long been one of Y's critics": the adverbs the perfect copula allows before "been". */
function innerAdverbs(): string {
  return [...perfectWords().perfectInnerAdverbs].join('|');
}

/**
 * "Japan, a close U.S. ally,", "Hungary, another NATO member,", "the Soviet Union, Vietnam's
 * main ally": the actor the apposition describes. The phrase must end there (a comma, a full
 * stop, a dash or a bracket), and no negation may stand in it.
 */
function appositionOwner(env: FrameEnv, headToken: number, hit: CueHit): Side | undefined {
  const { view } = env;
  const next = view.words[hit.endToken];
  // "Ethiopia, a US ally and an economic power,": a second conjunct may close the phrase.
  const conjunct = next === 'and' && /^an?$/u.test(view.words[hit.endToken + 1] ?? '');
  const closed = next === undefined || APPOSITION_END.has(next) || conjunct;
  // "X is a vocal Y critic who ...", "X is a vocal Y critic sounding ...": after a copula, a
  // relative or a participle goes on about the subject.
  const goesOn = !closed && (next === 'who' || isGerund(next ?? ''));
  if (!closed && !goesOn) return undefined;
  for (let t = headToken - 1; t >= Math.max(0, headToken - LEAD_REACH); t--) {
    const u = view.unitAt[t] ?? -1;
    const unit = view.units[u];
    // "Senator X (R-Ohio), a Y critic": the place in the bracket is X's, not the owner.
    if (unit === undefined || (!unit.actor && inBracket(view, unit))) continue;
    const lead = between(view, unit.end, view.tokens[headToken]?.start ?? unit.end);
    if (goesOn && !(unit.actor && COPULA_LEAD.test(lead))) return undefined;
    if (!unit.actor || !(APPOSITION_LEAD.test(lead) || COPULA_LEAD.test(lead)))
      return (
        ownerBeforeAside(env, unit, lead, hit) ??
        secondConjunctOwner(env, headToken, hit) ??
        copulaConjunctOwner(env, headToken, hit)
      );
    // "Turkey is a member of NATO, a US ally and ...": a list of what the subject is.
    const subject = isOfComplement(view, unit.firstToken)
      ? copulaConjunctOwner(env, headToken, hit)
      : undefined;
    if (subject) return subject;
    return factualLead(env, lead, unit.lastToken + 1, hit) ? sideOf(view, u) : undefined;
  }
  return undefined;
}

function inBracket(view: SentenceView, unit: Unit): boolean {
  const open = view.words.lastIndexOf('(', unit.firstToken);
  const close = view.words.indexOf(')', unit.lastToken);
  return open >= 0 && close >= 0 && unit.firstToken - open <= 3 && close - unit.lastToken <= 2;
}

/**
 * "Senator X, a Republican, is a vocal Y critic": the copula after the comma closing an
 * apposition speaks of the actor before the apposition, not of the name inside it.
 */
function ownerBeforeAside(env: FrameEnv, unit: Unit, lead: string, hit: CueHit): Side | undefined {
  const { view } = env;
  const comma = unit.lastToken + 1;
  if (view.words[comma] !== ',' || !COPULA_LEAD.test(lead.replace(/^\s*,/, ''))) return undefined;
  const open = asideStart(view, env.cues, comma);
  const owner = open === undefined ? -1 : (view.unitAt[open - 1] ?? -1);
  if (!view.units[owner]?.actor) return undefined;
  return factualLead(env, lead, comma + 1, hit) ? sideOf(view, owner) : undefined;
}

/**
 * No blocking word in the lead ("X, a former NATO member": what X no longer is) and nothing
 * non-factual from `from` to the cue.
 */
function factualLead(env: FrameEnv, lead: string, from: number, hit: CueHit): boolean {
  if (lead.split(/[\s,]+/).some((word) => isBlocked(env.cues, word))) return false;
  return !isNonFactual(env.cues, env.view, from, hit.startToken);
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
      const state = {
        ...subject,
        actors: [unit.actor],
        certainty: endCertainty('premodifier-state'),
      };
      emitPairs(env, form, state, ally, hit);
    }
    return;
  }
}
