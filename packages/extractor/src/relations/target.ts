import { attributiveGerund } from './attributive-gerund.js';
import { blamedOn } from './blame-on.js';
import { activeRelative, reducedRelative } from './reduced-relative.js';
import { opensDemand } from './demand-object.js';
import { reportsRisk } from './risk-clause.js';
import { isPastForm } from './phrase-words.js';
import { isPlace } from './target-place.js';
import { filledClause, subjectRelativeVerb } from './relative-clause.js';
import { afterCommaAnd, afterOpeningClause, groupActors, groupAround } from './coordination.js';
import type { CompiledCues } from './cue-lexicon.js';
import { isInfinitive } from './modality.js';
import { modifiesNonActor, nonActorHeadEnd, ownsOtherBody, placesPeople } from './modifier-head.js';
import { closesOtherName, opensOtherName } from './other-name.js';
import { isNationalNoun } from './person-noun.js';
import { possessesPeople } from './possessed-people.js';
import {
  isStanceNoun,
  modifiesIssue,
  objectOpensTopic,
  undergoneAfter,
} from './topic-complement.js';
import {
  capitalisedAt,
  isHead,
  isHyphenated,
  quoteAt,
  type SentenceView,
  type Unit,
} from './sentence-view.js';
import type { Side } from './subject.js';
import {
  BE_AUXILIARIES,
  DETERMINERS,
  HAVE_FORMS,
  OBJECT_BOUNDARIES,
  TIME_CONJUNCTIONS,
  PREPOSITIONS,
  isAdverb,
} from './word-classes.js';

export interface TargetQuery {
  cues: CompiledCues;
  view: SentenceView;
  /** First token after the cue. */
  from: number;
  maxGap: number;
  /** The target must come after one of these words. */
  via?: readonly string[] | undefined;
  /** Token indices where other cues start: the object does not run past them. */
  cueStarts: ReadonlySet<number>;
  /** The target must head its phrase (LEADS, MEMBER_OF: not "the OSCE mission"). */
  head?: boolean;
  /** Token indices where any verb cue starts, past forms included. */
  stanceVerbs?: ReadonlySet<number> | undefined;
  /** The cue opposes: a possessor's allies or partners are then others (possessed-people.ts). */
  opposes?: boolean;
}

/**
 * The object of a cue: the first actor group after it, before the clause ends, a comma or
 * "and" closes the object phrase, or another cue starts. Places and events are stepped over.
 */
export function findTarget(query: TargetQuery): Side | undefined {
  const { view, from, via } = query;
  const start = view.tokens[from]?.start ?? view.sentence.end;
  const quote = quoteAt(view, start);
  let limit = Math.min(view.tokens.length, from + query.maxGap + 1);
  let viaSeen = via === undefined;
  for (let t = from; t < limit; t++) {
    const word = view.words[t] ?? '';
    const token = view.tokens[t];
    if (token === undefined || quoteAt(view, token.start) !== quote) return undefined;
    // "imposed new sanctions on Y": a cue before the "via" word is part of the verb's object.
    if (
      t > from &&
      query.cueStarts.has(t) &&
      viaSeen &&
      !blamedOn(view, from, t) &&
      !attributiveGerund(view, t)
    )
      return undefined;
    // "supported sanctions against Y": the object is a measure aimed at Y; Y is not backed.
    if (t === from && viaSeen && measureCue(query, t)) return undefined;
    if (t === from && viaSeen && opensDemand(query.cues, view, t)) return undefined;
    if (OBJECT_BOUNDARIES.has(word)) return undefined;
    // "X's criticism of the plan came before Y voted": past the object, a clause of time.
    if (viaSeen && TIME_CONJUNCTIONS.has(word)) return undefined;
    // "said" starts a new clause; "the move announced by X" is a reduced relative and does not.
    if (query.cues.context.speechVerbs.has(word) && !view.words.slice(t + 1, t + 4).includes('by'))
      return undefined;
    if (word === ',' || word === 'and' || word === 'or') return undefined;
    // "warned that it might seize American assets": the clause's subject, when it is no actor,
    // ends the search ("alleged that the Democratic Party ..." names the one accused).
    if (word === 'that' && t === from && !actorOpens(view, t + 1)) return undefined;
    if (t === from && reportsRisk(query.cues, view, t)) return undefined;
    // "rejected a report that criticised Y": Y is the relative clause's object, not the verb's.
    if (RELATIVES.has(word) && (relativeVerb(query, t + 1) || subjectRelativeVerb(view, t + 1)))
      return undefined;
    // "so many allegations that Y called them a cancer": a clause with its own object.
    if (t > from && (word === 'that' || word === 'which') && filledClause(view, t))
      return undefined;
    // "backed a plan to freeze the debts of X": X is what the plan acts on, not its owner.
    if (word === 'to' && t > from && viaSeen && isInfinitive(view, t, -1)) return undefined;
    // "identify the people involved in Y's plan": a reduced relative clause holds no object.
    if (t > from + 1 && viaSeen && reducedRelative(view, t)) return undefined;
    if (t > from && viaSeen && activeRelative(view, t, query.stanceVerbs)) return undefined;
    // "criticised the government for claiming the EU ...": the reason clause holds no object.
    if (t > from && viaSeen && reasonClause(view, t)) return undefined;
    if (!viaSeen) {
      viaSeen = via?.includes(word) ?? false;
      continue;
    }
    // "dismissed the idea of Y joining", "defended his stance on Y": Y is what the object is
    // about; "the decision on Y by Z" names its owner, and callers may find one in the discourse.
    if (objectOpensTopic(view, from, t))
      return isStanceNoun(view, t) ? agentLater(query, t + 2) : undefined;
    // "defended the purchase of Y's unit by Z": Y is what the act is done to; its doer, if
    // named, is the one backed or opposed.
    if (t > from && patientOf(query, t)) return agentLater(query, t + 2);
    const u = view.unitAt[t] ?? -1;
    const unit = view.units[u];
    if (unit === undefined) continue;
    // "head of Brussels-based Y": a place glued to a participle describes the next name.
    if (placeParticiple(view, unit)) {
      t = unit.lastToken + 2;
      limit = Math.min(view.tokens.length, limit + t - unit.firstToken + 1);
      continue;
    }
    const found = unitTarget(query, u, unit);
    if (found !== STEP_PAST) return found;
    t = unit.lastToken;
  }
  return undefined;
}

/** "Brussels-based", "Munich-headquartered": a place, a hyphen and a participle. */
function placeParticiple(view: SentenceView, unit: Unit): boolean {
  return (
    unit.mention.type === 'Location' &&
    view.words[unit.lastToken + 1] === '-' &&
    /^\p{Ll}+ed$/u.test(view.words[unit.lastToken + 2] ?? '')
  );
}

/** A unit the object search steps past: a place, a modifier, a name inside another. */
const STEP_PAST = 'past';

/**
 * What the unit `u` at the search's token makes of the object: the target found there (or
 * through it), undefined where it ends the search with none, or STEP_PAST.
 */
function unitTarget(
  query: TargetQuery,
  u: number,
  unit: Unit,
): Side | undefined | typeof STEP_PAST {
  const { view, from } = query;
  // The object is a place ("attacking the city of Arbil in northern Iraq"): no actor target.
  if (unit.mention.type === 'Location') return undefined;
  // "vetoed a U.S.-drafted resolution": the author is the one acted against.
  if (unit.actor && authored(query, unit)) return sideOf(view, u, () => true);
  // "praised the American boss of Y": the object is the one the name describes; Y is theirs.
  if (view.words[nonActorHeadEnd(query.cues, view, unit)] === 'of') return undefined;
  // "vetoed a U.N. resolution": the body only hosts the vote; no owner is named.
  if (unit.actor?.type === 'Organization' && venue(query, unit)) return undefined;
  if (
    !unit.actor ||
    isHyphenated(view, unit) ||
    opensOtherName(view, unit) ||
    closesOtherName(view, unit) ||
    modifiesOther(query, unit) ||
    placesPeople(query.cues, view, unit) ||
    isPlace(view, unit, from)
  )
    return STEP_PAST;
  // "endorsed GOP candidate Donald Trump", "accused the court's chief justice John Roberts":
  // the party, state or possessor only describes the person.
  const possessive = view.tokens[unit.lastToken]?.poss === true;
  if ((unit.actor.type !== 'Person' || possessive) && describedPerson(view, unit) >= 0)
    return STEP_PAST;
  if (ownsOtherBody(view, unit)) return STEP_PAST;
  // "accused Y's critics", "support for Y's rebels": those people, no actor, are the object.
  if (possessesPeople(view, unit, query.opposes === true)) return undefined;
  if (query.head && !isHead(view, unit)) return undefined;
  // "condemned Navalny's arrest (by Z)": the possessor undergoes it; its doer, if named, is aimed at.
  const undergone = undergoneAfter(view, unit.lastToken);
  if (undergone >= 0) return agentLater(query, undergone + 1);
  return sideOf(view, u, (next) => startsClause(query, next));
}

/** A cue noun phrase aimed at an actor ("sanctions against", "embargo on") starts at `t`. */
function measureCue({ cues, view, cueStarts }: TargetQuery, t: number): boolean {
  if (!cueStarts.has(t) || (view.unitAt[t] ?? -1) >= 0) return false;
  const phrases = cues.phrases.get(view.words[t] ?? '') ?? [];
  return phrases.some(
    (phrase) =>
      phrase.words.every((word, k) => view.words[t + k] === word) &&
      phrase.forms.some(
        (form) => form.family.frame === 'noun' && form.family.relation === 'OPPOSES',
      ),
  );
}

/**
 * The unit of the person that `unit` describes, or -1: one to three plain nouns ("front-runner"
 * counting as one word) and then a person ("X chief executive Y"), or a possessive and at most
 * three plain words before the person ("X's chief justice Y") or, past one at least, before an
 * organization ("X's ruling Y").
 */
function describedPerson(view: SentenceView, unit: Unit): number {
  const possessive = view.tokens[unit.lastToken]?.poss === true;
  const first = unit.lastToken + (possessive ? 2 : 1);
  let last = first + 3;
  let words = 0;
  for (let t = first; t <= last; t++) {
    const u = view.unitAt[t] ?? -1;
    const next = view.units[u];
    if (next !== undefined) {
      const owned = possessive && words > 0 && words <= 2;
      return (possessive || t > first) && describes(view, next, owned) ? u : -1;
    }
    const word = view.words[t] ?? '';
    if (word === '-' && t > first && view.tokens[t]?.start === view.tokens[t - 1]?.end) {
      last += 2;
      continue;
    }
    words++;
    if (!/^\p{Ll}+$/u.test(word) || DETERMINERS.has(word) || PREPOSITIONS.has(word)) return -1;
    if (OBJECT_BOUNDARIES.has(word) || word === 'and' || word === 'or') return -1;
  }
  return -1;
}

/**
 * A person the words before name; past a possessive and one or two words of its own, an
 * organization heading its phrase too: "China's ruling Communist Party", "Russia's state-owned
 * Gazprom" (not "America's NATO allies", "Y's failed White House campaign").
 */
function describes(view: SentenceView, next: Unit, owned: boolean): boolean {
  if (next.mention.type === 'Person') return true;
  return owned && next.mention.type === 'Organization' && !!next.actor && isHead(view, next);
}

/** "for claiming", "by calling": a reason word before a gerund opens a clause. */
function reasonClause(view: SentenceView, t: number): boolean {
  return REASONS.has(view.words[t] ?? '') && /^\p{Ll}+ing$/u.test(view.words[t + 1] ?? '');
}

function authored({ cues, view }: TargetQuery, unit: Unit): boolean {
  const next = unit.lastToken + 1;
  return (
    view.words[next] === '-' &&
    view.tokens[next]?.start === unit.end &&
    cues.context.authorHyphens.has(view.words[next + 1] ?? '')
  );
}

/**
 * A noun for an act done to its complement, then "of", "for" or "into": "the purchase of", "a
 * grab for", "an investigation into" (supporting an inquiry into Y backs no Y).
 */
function patientOf({ cues, view }: TargetQuery, t: number): boolean {
  const next = view.words[t + 1];
  return (
    (next === 'of' || next === 'for' || next === 'into') &&
    cues.context.patientNouns.has(view.words[t] ?? '')
  );
}

/** The actor after a later "by" in the same phrase ("... by state-owned oil firm Z"). */
function agentLater(query: TargetQuery, from: number): Side | undefined {
  const { view } = query;
  const limit = Math.min(view.tokens.length, from + query.maxGap + 1);
  for (let t = from; t < limit; t++) {
    const word = view.words[t] ?? '';
    if (word === ',' || OBJECT_BOUNDARIES.has(word)) return undefined;
    if (word !== 'by') continue;
    // Up to four descriptor words before the agent; a hyphen token ("state - owned") is no word.
    for (let k = t + 1, words = 0; k < view.tokens.length && words < 5; k++) {
      const unit = view.units[view.unitAt[k] ?? -1];
      if (unit?.actor)
        return sideOf(view, view.unitAt[k] ?? -1, (next) => startsClause(query, next));
      if (unit !== undefined || !/^[\p{Ll}-]+$/u.test(view.words[k] ?? '')) return undefined;
      if (view.words[k] !== '-') words++;
    }
    return undefined;
  }
  return undefined;
}

function venue({ cues, view, from }: TargetQuery, unit: Unit): boolean {
  if (!cues.context.venueNouns.has(view.words[unit.lastToken + 1] ?? '')) return false;
  // "condemned the UN resolution": a text the body adopted is the body's stated position.
  for (let t = from - 1; t >= Math.max(0, from - 3); t--)
    if (cues.context.adoptedTextVerbs.has(view.words[t] ?? '')) return false;
  return true;
}

/** The actor group right after the cue, past determiners only: "from the US and Japan". */
export function groupAfter(query: TargetQuery): Side | undefined {
  const { view, from } = query;
  const limit = Math.min(view.tokens.length, from + query.maxGap + 1);
  for (let t = from; t < limit; t++) {
    const u = view.unitAt[t] ?? -1;
    const unit = view.units[u];
    if (unit?.actor) {
      // "criticism from Republican candidate X": the party only describes the person.
      const person = unit.actor.type === 'Person' ? -1 : describedPerson(view, unit);
      return sideOf(view, person >= 0 ? person : u, (next) => startsClause(query, next));
    }
    if (unit !== undefined || !DETERMINERS.has(view.words[t] ?? '')) return undefined;
  }
  return undefined;
}

export function sideOf(
  view: SentenceView,
  u: number,
  stopBefore?: (unit: Unit) => boolean,
): Side | undefined {
  const group = groupAround(view, u, stopBefore);
  const first = view.units[group.lo];
  const last = view.units[group.hi];
  const actors = groupActors(group);
  if (!first || !last || actors.length === 0) return undefined;
  return { actors, firstToken: first.firstToken, lastToken: last.lastToken, certainty: 1 };
}

/**
 * "... criticised Israel, and Russia said ...", "praised X, and Y (later) attacked her": a unit
 * followed by a verb (an auxiliary, a speech verb or another cue) begins a new clause.
 */
function startsClause({ cues, view, cueStarts }: TargetQuery, unit: Unit): boolean {
  let after = unit.lastToken + 1;
  if (isAdverb(view.words[after] ?? '')) after++;
  const next = view.words[after] ?? '';
  return (
    cues.context.speechVerbs.has(next) ||
    BE_AUXILIARIES.has(next) ||
    HAVE_FORMS.has(next) ||
    next === 'will' ||
    cueStarts.has(after) ||
    (isPastForm(next) && afterClauseComma(view, view.units.indexOf(unit)))
  );
}

/** Unit `u` opens a clause after ", and" or after the comma that closes an opening clause. */
function afterClauseComma(view: SentenceView, u: number): boolean {
  return afterCommaAnd(view, u) || afterOpeningClause(view, u);
}

/**
 * "Iraqi Kurds", "legal Tunisian residents", "the French bank X": a name that modifies people or a
 * company it does not stand for (modifier-head.ts), or a proper noun the article has no entity
 * for, is not the target.
 */
function modifiesOther({ cues, view }: TargetQuery, unit: Unit): boolean {
  if (modifiesNonActor(cues, view, unit) || isNationalNoun(view, unit)) return true;
  const next = unit.lastToken + 1;
  const after = view.units[view.unitAt[next] ?? -1];
  if (after !== undefined) return describesNext(view, unit, after);
  if (modifiesIssue(view, unit)) return true;
  return unit.mention.kind === 'demonym' && capitalisedAt(view, next);
}

/**
 * "backed Senate Republicans", "criticised House Democrats": a name right before another actor's
 * plural name for members, one space and no possessive between them, describes that actor, the
 * head of the phrase.
 */
function describesNext(view: SentenceView, unit: Unit, after: Unit): boolean {
  // A unit that spans more than its name ("X, ... fellow Republicans") is no modifier.
  if (unit.end !== unit.mention.end || after.start - unit.end !== 1) return false;
  // "the joint U.S. Korea exercises": two states side by side are a pair, not a modifier and head;
  // "the Republican Congress": a singular head is the body the name before it describes.
  if (unit.actor?.type === 'State' && after.actor?.type === 'State') return false;
  if (!PLURAL_NAME.test(after.mention.text)) return false;
  return !!after.actor && view.tokens[unit.lastToken]?.poss !== true;
}

/** "Republicans", "Democrats": a name for the members of a body, a plural not in "-ss". */
const PLURAL_NAME = /\p{Ll}[^s]s$/u;

const RELATIVES: ReadonlySet<string> = new Set(['that', 'which', 'who']);

function relativeVerb({ view, stanceVerbs }: TargetQuery, t: number): boolean {
  return (
    (stanceVerbs?.has(t) ?? false) || (isAdverb(view.words[t] ?? '') && !!stanceVerbs?.has(t + 1))
  );
}

const REASONS: ReadonlySet<string> = new Set(['for', 'over', 'after', 'by']);

/** An actor's name starts at token `t`, "the" aside. */
function actorOpens(view: SentenceView, t: number): boolean {
  const at = view.words[t] === 'the' ? t + 1 : t;
  const unit = view.units[view.unitAt[at] ?? -1];
  return unit?.actor !== undefined && unit.firstToken === at;
}
