import { SYNTAX_WORDS } from './syntax-words.js';
import type { Clause, NounPhrase, VerbGroup } from './types.js';

interface ClauseInput {
  words: readonly string[];
  pos: readonly string[];
  phrases: readonly NounPhrase[];
  verbs: readonly VerbGroup[];
  phraseAt: Int32Array;
  verbAt: Int32Array;
}

type Opening = Pick<Clause, 'opener' | 'antecedent'>;

const QUOTES = /^["“”]$/u;
const DASHES = /^[-–—]$/u;
/** Quoted phrases of up to this many words are part of their clause. */
const SCARE_QUOTE_WORDS = 4;

/**
 * Clause boundaries: after ";", ":" and quote marks; at a subordinator or relative pronoun that
 * a clause follows; at "and"/"but"/"or" before a verb or, after a comma, before a new subject and
 * its verb; at ", <verb>-ing". A relative clause opened after a comma closes at the next comma
 * before a verb, where its antecedent's clause resumes.
 */
export function findClauses(input: ClauseInput): { clauses: Clause[]; clauseAt: Int32Array } {
  const { words } = input;
  const clauses: Clause[] = [
    { start: 0, end: words.length, opener: undefined, antecedent: undefined },
  ];
  let openRelative: number | undefined;
  const open = (start: number, opening: Opening): void => {
    const last = clauses.at(-1);
    if (last === undefined || start <= last.start || start >= words.length) return;
    last.end = start;
    clauses.push({ start, end: words.length, ...opening });
  };
  for (let t = 0; t < words.length; t++) {
    const word = words[t] ?? '';
    if (QUOTES.test(word) && scareQuote(words, t)) continue;
    if (word === ';' || word === ':' || QUOTES.test(word)) {
      open(t + 1, { opener: QUOTES.test(word) ? 'quote' : 'punctuation', antecedent: undefined });
      openRelative = undefined;
      continue;
    }
    const resumed = relativeEnd(input, clauses.at(-1), t);
    if (resumed !== undefined) {
      open(t, resumed);
      continue;
    }
    if (
      (word === ',' || DASHES.test(word)) &&
      openRelative !== undefined &&
      startsVerb(input, t + 1)
    ) {
      open(t + 1, { opener: 'resumed', antecedent: openRelative });
      openRelative = undefined;
      continue;
    }
    const opening = openingAt(input, t);
    if (opening === undefined) continue;
    open(t, opening);
    if (opening.opener === 'relative' && (words[t - 1] === ',' || DASHES.test(words[t - 1] ?? '')))
      openRelative = opening.antecedent;
  }
  const clauseAt = new Int32Array(words.length);
  clauses.forEach((clause, c) => clauseAt.fill(c, clause.start, clause.end));
  return { clauses, clauseAt };
}

function openingAt(input: ClauseInput, t: number): Opening | undefined {
  const { words, pos, phraseAt } = input;
  const word = words[t] ?? '';
  const next = t + 1;
  if (
    SYNTAX_WORDS.relativePronouns.has(word) &&
    ['WDT', 'WP', 'WP$', 'IN'].includes(pos[t] ?? '')
  ) {
    const antecedentEnd = words[t - 1] === ',' || DASHES.test(words[t - 1] ?? '') ? t - 1 : t;
    const antecedent = phraseAt[antecedentEnd - 1] ?? -1;
    if (antecedent >= 0 && input.phrases[antecedent]?.end === antecedentEnd)
      return { opener: 'relative', antecedent };
    return word === 'that' ? { opener: 'subordinator', antecedent: undefined } : undefined;
  }
  if (SYNTAX_WORDS.subordinators.has(word) && (pos[t] === 'IN' || pos[t] === 'WRB')) {
    return startsVerb(input, next) || subjectAndVerb(input, next)
      ? { opener: 'subordinator', antecedent: undefined }
      : undefined;
  }
  if (SYNTAX_WORDS.coordinators.has(word)) {
    if (startsVerb(input, next)) return { opener: 'coordinator', antecedent: undefined };
    if (words[t - 1] === ',' && subjectAndVerb(input, next))
      return { opener: 'coordinator', antecedent: undefined };
    if (word === 'but' && subjectAndVerb(input, next))
      return { opener: 'coordinator', antecedent: undefined };
  }
  // "X backs Y, yet condemns Z": an adverb that joins verb phrases, not "has not yet condemned".
  if (
    SYNTAX_WORDS.adverbialCoordinators.has(word) &&
    (words[t - 1] === ',' || (phraseAt[t - 1] ?? -1) >= 0) &&
    (startsVerb(input, next) || startsVerb(input, t))
  )
    return { opener: 'coordinator', antecedent: undefined };
  if (words[t - 1] === ',' && pos[t] === 'VBG' && (input.verbAt[t] ?? -1) >= 0)
    return { opener: 'participle', antecedent: undefined };
  return undefined;
}

/** A verb group starts at t, adverbs aside. */
function startsVerb(input: ClauseInput, t: number): boolean {
  let at = t;
  while (input.pos[at]?.startsWith('RB') && (input.verbAt[at] ?? -1) < 0) at++;
  const v = input.verbAt[at] ?? -1;
  return v >= 0 && input.verbs[v]?.start === at;
}

/** A noun phrase (with any possessor or "of" phrase) and then a verb group start at t. */
function subjectAndVerb(input: ClauseInput, t: number): boolean {
  let p = input.phraseAt[t] ?? -1;
  if (p < 0 || input.phrases[p]?.start !== t) return false;
  let end = input.phrases[p]?.end ?? t;
  while (p + 1 < input.phrases.length) {
    const nextPhrase = input.phrases[p + 1];
    const joined =
      nextPhrase !== undefined &&
      (nextPhrase.start === end ||
        (nextPhrase.start === end + 1 && ['of', 'and'].includes(input.words[end] ?? '')));
    if (!joined) break;
    p++;
    end = nextPhrase.end;
  }
  return startsVerb(input, end);
}

/** A quote mark of a short quoted phrase ("its “reckless” plan"): no clause boundary. */
function scareQuote(words: readonly string[], t: number): boolean {
  for (let k = 1; k <= SCARE_QUOTE_WORDS + 1; k++) {
    if (QUOTES.test(words[t + k] ?? '') || QUOTES.test(words[t - k] ?? '')) return k > 1;
  }
  return false;
}

/**
 * "Voters who backed X in May criticised Y": in a subject relative clause, a second tensed verb
 * with no coordinator before it is the main clause's, whose subject is the antecedent. Right
 * after a phrase that directly follows the relative's verb ("who said X criticised Y") it may be
 * a complement's: the clause resumes with no subject.
 */
function relativeEnd(
  input: ClauseInput,
  clause: Clause | undefined,
  t: number,
): Opening | undefined {
  if (clause?.opener !== 'relative' || t <= clause.start + 1) return undefined;
  const { verbs, verbAt, pos, words, phrases, phraseAt } = input;
  const first = verbs[verbAt[clause.start + 1] ?? -1];
  const verb = verbs[verbAt[t] ?? -1];
  if (first === undefined || verb === undefined || verb.start !== t || verb === first)
    return undefined;
  if (verb.infinitive || !isTensed(pos, verb)) return undefined;
  if (SYNTAX_WORDS.coordinators.has(words[t - 1] ?? '') || words[t - 1] === ',') return undefined;
  const before = phrases[phraseAt[t - 1] ?? -1];
  const complement = before !== undefined && before.start === first.end && before.end === t;
  return { opener: 'resumed', antecedent: complement ? undefined : clause.antecedent };
}

function isTensed(pos: readonly string[], verb: VerbGroup): boolean {
  if (verb.modal !== undefined || verb.auxiliaries.length > 0) return true;
  return ['VBD', 'VBZ', 'VBP'].includes(pos[verb.main] ?? '');
}
