import type { ActorRef, ArticleContext } from './article-context.js';
import { addressedSubject } from './addressed-subject.js';
import { amongAntecedent } from './among-those.js';
import { asideStart } from './apposition.js';
import { appointedAs } from './appointee.js';
import { governingHeadOpens } from './governing-of.js';
import { phraseWords } from './phrase-words.js';
import { nestedCue, nounOfRelative } from './reduced-relative.js';
import { frontedBeforeSubject } from './fronted-phrase.js';
import { opensPerfectCopula, progressiveAfter } from './perfect-copula.js';
import { relativeLinksAgent } from './relative-copula.js';
import { countedBefore, isPersonNoun } from './person-noun.js';
import { earlierPerson, personBefore, pronounDoesGerund, speakerAsThird } from './pronoun.js';
import { pronounAntecedent } from './pronoun-antecedent.js';
import { describedBodySubject } from './described-body.js';
import { clauseTail, groupActors, groupAround, type Group } from './coordination.js';
import { commaCoordinated, objectBeforeComma } from './comma-coordinated.js';
import { commonConjunctBefore } from './common-conjunct.js';
import { coSubjectActors } from './co-subject.js';
import type { CompiledCues } from './cue-lexicon.js';
import { isHyphenated, quoteAt, type SentenceView, type Unit } from './sentence-view.js';
import { quoteOpensAt } from './quoted-predicate.js';
import { insideClosedRelative, relativeThatOnApposition, thatOpensName } from './relative-that.js';
import { pronounFits, reportedAfterAdjunct, reportingVerb } from './reported-adjunct.js';
import { opensOtherName } from './other-name.js';
import { ownsUnknownName } from './owned-name.js';
import { ownedHeadLength, possessiveSubject } from './possessive-subject.js';
import { premodifiedStart } from './premodified-subject.js';
import { sideOf } from './target.js';
import { beforeAside, peopleHeadAfter, placedNoun } from './subject-heads.js';
import {
  COPULAS,
  DETERMINERS,
  PREPOSITIONS,
  PRONOUN_SUBJECTS,
  isPunctuation,
  SKIPPABLE,
  SUBJECT_OPENERS,
  isAdverb,
  isCapitalized,
  isNumber,
} from './word-classes.js';
import { endCertainty, subjectGapCertainty } from './confidence.js';

/** One end of a relation: who, where in the sentence, and how sure. */
export interface Side {
  actors: ActorRef[];
  firstToken: number;
  lastToken: number;
  /** 1 when the end is certain; lower for a resolved pronoun or a long gap. */
  certainty: number;
}

/** How far a subject may sit from its cue: unknown words tolerated between them. */
export type SubjectReach = 'verb' | 'noun' | 'agent' | 'clause';

export interface SubjectQuery {
  ctx: ArticleContext;
  cues: CompiledCues;
  view: SentenceView;
  /** Token the cue starts at. */
  cueToken: number;
  reach: SubjectReach;
  /** Token indices where any verb cue starts: another stance verb between subject and cue. */
  stanceVerbs?: ReadonlySet<number> | undefined;
}

/**
 * The subject of the clause a cue is in: the nearest actor group to its left that stands where
 * a subject stands (sentence start, after a comma, "and", "said", ...) and is not a mere
 * modifier ("NATO member countries"); a pronoun there is resolved or ends the search.
 */
export function findSubject(query: SubjectQuery): Side | undefined {
  const { view, cueToken } = query;
  const cueStart = view.tokens[cueToken]?.start ?? view.sentence.end;
  let quote = quoteAt(view, cueStart);
  if (pronounDoesGerund(view, cueToken)) return undefined;
  let skip: Skip = undefined;
  for (let t = cueToken - 1; t >= 0; t--) {
    const token = view.tokens[t];
    const word = view.words[t];
    if (token === undefined || word === undefined || word === ';') return undefined;
    if (quote && token.start < quote.start) {
      if (!quoteOpensAt(view, quote, cueToken, query.cues.context.speechVerbs)) return undefined;
      quote = undefined;
    }
    if (!quote && quoteAt(view, token.start)) continue;
    if (
      word === 'who' ||
      word === 'which' ||
      (word === 'that' &&
        (relativeThatOnApposition(view, t) || amongAntecedent(view, t, cueToken) !== undefined))
    ) {
      // "X, which includes all members of Y": the agent noun is not what the antecedent is.
      if (query.reach === 'agent' && !relativeLinksAgent(view, t + 1, cueToken)) return undefined;
      return antecedent(query, t);
    }
    const open = asideStart(query.view, query.cues, t);
    if (open !== undefined) {
      skip = [open, skip?.[1] ?? t];
      t = open;
      continue;
    }
    // The subject of a reported clause does not stand before "said" or "that".
    if (word === 'that' || query.cues.context.speechVerbs.has(word)) return undefined;
    const u = view.unitAt[t] ?? -1;
    if (u >= 0) {
      const unit = view.units[u];
      if (unit === undefined) continue;
      t = unit.firstToken;
      if (!unit.actor || isHyphenated(view, unit) || opensOtherName(view, unit)) continue;
      const appointed = query.reach === 'agent' && appointedAs(query.cues, view, unit, cueToken);
      if (appointed) return appointed;
      if (speakerAsThird(view, unit, quote?.speakerId)) return undefined;
      const group = beforeAside(query, clauseGroup(query, groupAround(view, u), u), skip);
      const first = view.units[group.lo];
      const last = view.units[group.hi];
      if (!first || !last || !opensClause(query, first.firstToken)) continue;
      // "X meets Y, condemns Z": Y, the first verb's object, is no subject of the second.
      if (objectBeforeComma(query, first.firstToken, last.lastToken)) continue;
      if (insideClosedRelative(view, first.firstToken, cueToken)) continue;
      const certainty = gapCertainty(query, afterAffiliation(query, last), cueToken, skip);
      if (certainty === undefined) continue;
      const actors = [...groupActors(group), ...coSubjectActors(view, last.lastToken, cueToken)];
      return { actors, firstToken: first.firstToken, lastToken: last.lastToken, certainty };
    }
    // "Iraq said its troops attacked Y": the one state or body the sentence names.
    if (ownedHeadLength(view, query.cues, t, cueToken) > 0 && pronounOpens(query, t))
      return possessiveSubject(view, query.cues, t, cueToken);
    // "why he supports Y": a subject pronoun right before the verb is its subject.
    // "X said on Monday that he ...": "that" after a speech verb's adjunct opens the clause too.
    if (PRONOUN_SUBJECTS.has(word) && pronounOpens(query, t)) {
      return resolvePronoun(query, t, quote?.speakerId);
    }
    if (addressedSubject(view, t, cueToken)) return undefined; // "we know you are rooting for Y"
  }
  return undefined;
}

/** A group that does not open a clause may still end in one that does: "..., and Z backed". */
function clauseGroup(query: SubjectQuery, group: Group, u: number): Group {
  const first = query.view.units[group.lo];
  if (first === undefined || opensClause(query, first.firstToken)) return group;
  return clauseTail(query.view, group, u) ?? group;
}

/** A subject pronoun right before the verb, opening a clause, or after "said on Monday that". */
function pronounOpens(query: SubjectQuery, t: number): boolean {
  const { view, cues } = query;
  if (t === query.cueToken - 1 || opensClause(query, t)) return true;
  return reportedAfterAdjunct(view, t, cues.context.speechVerbs);
}

/** Token range of an apposition between a subject and its verb, commas included. */
export type Skip = [number, number] | undefined;

/** "Tim Guldimann, the Swiss diplomat who heads ...": the actor a relative pronoun refers to. */
function antecedent({ view, cues, cueToken }: SubjectQuery, t: number): Side | undefined {
  const among = amongAntecedent(view, t, cueToken);
  if (among !== undefined) return among;
  const before = view.units[view.unitAt[t - 1] ?? -1];
  if (before !== undefined && isPersonNoun(view, before)) return undefined;
  // "many of those who backed X", "voters who backed X": the pronoun's own noun, no actor.
  if (
    before === undefined &&
    (DETERMINERS.has(view.words[t - 1] ?? '') ||
      cues.context.nonRepresentativeHeads.matchAt(view.words, t - 1) > 0)
  )
    return undefined;
  // "groups in Australia who support X": the pronoun's own noun, placed by the name.
  if (before !== undefined && placedNoun(view, cues, before.firstToken)) return undefined;
  for (let i = t - 1; i >= Math.max(0, t - 8); i--) {
    const unit = view.units[view.unitAt[i] ?? -1];
    if (unit === undefined) continue;
    // "Senator X of Ohio, who ...": the place is X's affiliation; X is the antecedent.
    if (
      !unit.actor &&
      unit.mention.type === 'Location' &&
      AFFILIATION.has(view.words[unit.firstToken - 1] ?? '')
    ) {
      i = unit.firstToken - 1;
      continue;
    }
    if (!unit.actor || isHyphenated(view, unit)) return undefined;
    // "a Ghanaian developer who", "X helped the militants who": the pronoun's own noun.
    if (nounOfRelative(cues, view, unit, t)) return undefined;
    const side = sideOf(view, view.unitAt[i] ?? -1);
    return side ? { ...side, certainty: endCertainty('subject-after-affiliation') } : undefined;
  }
  return undefined;
}

/** True when the phrase starting at token `t` stands where a clause's subject stands. */
export function opensClause({ view, cues, cueToken }: SubjectQuery, t: number): boolean {
  let i = premodifiedStart(view, cues, { first: t, cue: cueToken }) - 1;
  let spanned = false;
  while (i >= 0 && !thatOpensName(view, i, cueToken)) {
    const word = view.words[i] ?? '';
    const u = view.unitAt[i] ?? -1;
    if (u >= 0) {
      i = (view.units[u]?.firstToken ?? i) - 1;
    } else if (DETERMINERS.has(word) || word === "'s" || isNumber(word)) {
      spanned ||= isNumber(word);
      i--;
    } else if (i === 0 && !spanned && PREPOSITIONS.has(word)) {
      // "In Ohio's Democratic primary, voters backed X": the opening preposition's object.
      return false;
    } else if (isCapitalized(textOf(view, i)) && !isPunctuation(word)) {
      spanned = true;
      i--;
    } else break;
  }
  if (i < 0) return true;
  const word = view.words[i] ?? '';
  if (governingHeadOpens(view, cues, i)) return true;
  if (isPunctuation(word) || SUBJECT_OPENERS.has(word) || cues.context.speechVerbs.has(word))
    return true;
  // "Several countries, among them X and Y, criticised Z": the list names who acts, as "including".
  if (word === 'them' && view.words[i - 1] === 'among') return true;
  return frontedBeforeSubject(view, cues, i, cueToken);
}

/**
 * How much a subject survives the words between it and its cue: undefined when they show it is
 * a modifier or too far; lower certainty for each unknown word.
 */
function gapCertainty(
  query: SubjectQuery,
  from: number,
  to: number,
  skip: Skip,
): number | undefined {
  const { view, cues, reach } = query;
  const context = cues.context;
  // A head noun inside the aside stepped over ("X, Britain's closest ally, backed") is not the
  // subject's head; "Two Syrians attacked Y": a counted demonym is itself a head for people.
  const inAside = skip !== undefined && from >= skip[0] && from <= skip[1];
  if (
    (from < to || countedBefore(view, from)) &&
    !inAside &&
    (peopleHeadAfter(query, from, to) || ownsUnknownName(view, cues, from))
  )
    return undefined;
  let unknown = 0;
  let nested = false;
  let tolerance = reach === 'verb' ? 2 : reach === 'noun' ? 3 : reach === 'agent' ? 0 : 14;
  // "Senator X (R) is a critic of Y": the copula may follow a bracket stepped over.
  const first = skip !== undefined && skip[0] === from ? skip[1] + 1 : from;
  for (let t = from; t < to; t++) {
    if (skip && t >= skip[0] && t <= skip[1]) {
      t = skip[1];
      continue;
    }
    const word = view.words[t] ?? '';
    if (
      t === first &&
      reach === 'agent' &&
      (COPULAS.has(word) || word === ',' || opensPerfectCopula(view.words, t, to))
    ) {
      // "X are investigating a fan of Y": "are" is the auxiliary of another verb, not a copula.
      if (COPULAS.has(word) && progressiveAfter(view.words, t + 1, to)) return undefined;
      tolerance = 8;
    }
    if (reach === 'agent' && word === 'as' && phraseWords().copularAs.has(view.words[t - 1] ?? ''))
      tolerance = 8;
    if (t === first && reach === 'noun' && COPULAS.has(word)) tolerance = 8;
    const head = context.representativeHeads.matchAt(view.words, t);
    if (head > 0) {
      t += head - 1;
      continue;
    }
    if (word === 'which' || word === 'who') return endCertainty('relative-pronoun');
    // "X rejected a report criticising Y", "X was critical of a campaign targeting Y": the subject
    // is the first verb's, whose object holds the cue (reduced-relative.ts).
    if (reach === 'verb' && nestedCue(view, query.stanceVerbs, t, to)) nested = true;
    // "X criticised Y and (but) praised Z": a verb after "and" shares the first verb's subject. Before a
    // noun cue "and" joins noun phrases ("suits and complaints against Y") and proves nothing.
    if ((word === 'and' || word === 'but') && reach === 'verb' && restIsSkippable(view, t + 1, to))
      return t === from ? 1 : endCertainty('coordinated-verb');
    if (reach === 'verb' && commaCoordinated(query, { from, comma: t, cue: to }))
      return endCertainty('coordinated-verb');
    if (reach === 'verb' && unknown === 0 && commonConjunctBefore(cues, view, t, to))
      return endCertainty('common-conjunct');
    // "to" and its licensing verbs ("is bound to help"): whether the infinitive states a fact
    // is for the modality check to say.
    if (word === 'to' || context.infinitiveLicensors.has(word)) continue;
    if (SKIPPABLE.has(word) || isPunctuation(word) || isAdverb(word) || isNumber(word)) continue;
    unknown++;
  }
  if (unknown > tolerance || nested) return undefined;
  return subjectGapCertainty(unknown);
}

const AFFILIATION: ReadonlySet<string> = new Set(['of', 'from', 'at']);

/** "Jane Roe of Acme Corp criticised": a person's affiliation belongs to the subject phrase. */
function afterAffiliation(query: SubjectQuery, last: Unit): number {
  const after = afterKind(query, last);
  const { view } = query;
  if (last.actor?.type !== 'Person' || !AFFILIATION.has(view.words[after] ?? '')) return after;
  const at = view.words[after + 1] === 'the' ? after + 2 : after + 1;
  const unit = view.units[view.unitAt[at] ?? -1];
  // "X, a lawmaker of Korea's ruling party": a possessive opens a new noun phrase.
  if (unit === undefined || unit.firstToken !== at || view.tokens[unit.lastToken]?.poss === true)
    return after;
  return unit.lastToken + 1;
}

/** "The Daily Star newspaper accused": an organization's kind after its name is the name's head. */
function afterKind({ view, cues }: SubjectQuery, unit: Unit): number {
  const next = view.words[unit.lastToken + 1] ?? '';
  const kind = unit.actor?.type === 'Organization' && cues.context.organizationKinds.has(next);
  return unit.lastToken + (kind ? 2 : 1);
}

function restIsSkippable(view: SentenceView, from: number, to: number): boolean {
  for (let t = from; t < to; t++) {
    const word = view.words[t] ?? '';
    if (!SKIPPABLE.has(word) && !isAdverb(word) && !isPunctuation(word)) return false;
  }
  return true;
}

/**
 * "we"/"I" in a quote: the speaker. A pronoun after a speech verb ("Russia said it ..."): that
 * verb's subject. "He"/"She" opening a clause: the one person the previous sentence names.
 */
function resolvePronoun(
  query: SubjectQuery,
  t: number,
  speakerId: string | undefined,
): Side | undefined {
  const { ctx, view } = query;
  const word = view.words[t] ?? '';
  const at = { firstToken: t, lastToken: t };
  if (word === 'we' || word === 'i') {
    const actor = speakerId === undefined ? undefined : ctx.actor(speakerId);
    return actor ? { actors: [actor], ...at, certainty: endCertainty('we-speaker') } : undefined;
  }
  const before = reportingVerb(view, t, query.cues.context.speechVerbs);
  if (before !== undefined) {
    const speaker =
      findSubject({ ...query, cueToken: before, reach: 'verb' }) ??
      describedBodySubject(query, before);
    if (speaker && !pronounFits(view, t, before, speaker.actors)) return undefined;
    return speaker
      ? { ...speaker, ...at, certainty: speaker.certainty * endCertainty('speaker-pronoun') }
      : undefined;
  }
  if (word !== 'he' && word !== 'she') return undefined;
  const quoted = quoteAt(view, view.tokens[t]?.start ?? -1) !== undefined;
  const person =
    earlierPerson(view, query.cues, t) ??
    (personBefore(view, t) ? undefined : pronounAntecedent(ctx, view.sentence.index, word, quoted));
  if (person !== undefined && person.id === speakerId) return undefined;
  return person ? { actors: [person], ...at, certainty: endCertainty('he-she') } : undefined;
}

function textOf(view: SentenceView, t: number): string {
  const token = view.tokens[t];
  return token
    ? view.sentenceText.slice(token.start - view.sentence.start, token.end - view.sentence.start)
    : '';
}
