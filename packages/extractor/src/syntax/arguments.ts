import { SYNTAX_WORDS } from './syntax-words.js';
import type { Clause, NounPhrase, VerbGroup } from './types.js';

interface ArgumentInput {
  words: readonly string[];
  pos: readonly string[];
  phrases: readonly NounPhrase[];
  verbs: VerbGroup[];
  clauses: readonly Clause[];
  phraseAt: Int32Array;
  verbAt: Int32Array;
  clauseAt: Int32Array;
}

/** Fills each verb group's clause, subject, object and passive agent, in text order. */
export function bindArguments(input: ArgumentInput): void {
  input.verbs.forEach((verb, v) => {
    verb.clause = input.clauseAt[verb.start] ?? 0;
    const byAt = agentPreposition(input, verb);
    if (verb.voice === 'active' && byAt >= 0 && input.pos[verb.main] === 'VBN')
      verb.voice = 'passive'; // a reduced passive: "the tariffs imposed by X"
    const found = subjectOf(input, v);
    if (found) {
      verb.subject = restrictiveRelative(input, verb, found)
        ? [found.phrase]
        : conjunctsOf(input.phrases, found.phrase);
      verb.subjectSource = found.source;
    }
    if (byAt >= 0) verb.agent = conjunctsOf(input.phrases, input.phraseAt[byAt + 1] ?? -1);
    if (verb.voice === 'active') verb.object = conjunctsOf(input.phrases, objectOf(input, verb));
  });
}

/**
 * "X and those who backed Y": a relative clause with no comma before it restricts the last
 * conjunct only; "X and Y, who backed Z" (after a comma) is said of them all.
 */
function restrictiveRelative(input: ArgumentInput, verb: VerbGroup, found: Found): boolean {
  const clause = input.clauses[verb.clause];
  if (found.source !== 'relative' || clause?.opener !== 'relative') return false;
  return input.phrases[found.phrase]?.end === clause.start;
}

function conjunctsOf(phrases: readonly NounPhrase[], p: number): readonly number[] {
  if (p < 0) return [];
  return phrases[p]?.conjuncts ?? [p];
}

/** The token of "by" opening the agent phrase right after a participle, or -1. */
function agentPreposition({ words, phraseAt, phrases }: ArgumentInput, verb: VerbGroup): number {
  const by = verb.end;
  if (!SYNTAX_WORDS.agentPrepositions.has(words[by] ?? '')) return -1;
  const p = phraseAt[by + 1] ?? -1;
  return p >= 0 && phrases[p]?.start === by + 1 ? by : -1;
}

/** The first phrase after the verb, adverbs and particles aside, in its clause. */
function objectOf(input: ArgumentInput, verb: VerbGroup): number {
  const { pos, phraseAt, phrases, clauseAt, verbs, verbAt } = input;
  let t = verb.end;
  while (pos[t] === 'RP' || pos[t]?.startsWith('RB')) t++;
  let p = phraseAt[t] ?? -1;
  if (p < 0 || phrases[p]?.start !== t || clauseAt[t] !== clauseAt[verb.main]) return -1;
  // "attacked Y's policy": the object is the policy, Y its possessor.
  while (phrases[p]?.possessive === true && phrases[p + 1]?.possessor === p) p++;
  // "said X would ...": X is the subject of a complement clause, not an object.
  const last = phrases[phrases[p]?.conjuncts.at(-1) ?? p];
  const after = verbs[verbAt[last?.end ?? -1] ?? -1];
  if (after !== undefined && after.start === last?.end && !after.infinitive) return -1;
  return p;
}

type Found = { phrase: number; source: VerbGroup['subjectSource'] };

function subjectOf(input: ArgumentInput, v: number): Found | undefined {
  const verb = input.verbs[v];
  const clause = input.clauses[verb?.clause ?? 0];
  if (verb === undefined || clause === undefined) return undefined;
  if (verb.infinitive) return controller(input, v);
  const local = phraseBefore(input, verb.start, clause.start);
  const antecedent = clause.antecedent;
  // "X, who criticised Y": the relative pronoun stands for its antecedent.
  const pronoun = local >= 0 && input.phrases[local]?.start === clause.start;
  if (local >= 0 && partedByComma(input, local, verb)) return sharedSubject(input, v);
  if (local >= 0 && !(pronoun && clause.opener === 'relative'))
    return { phrase: local, source: 'clause' };
  if ((clause.opener === 'relative' || clause.opener === 'resumed') && antecedent !== undefined)
    return { phrase: antecedent, source: 'relative' };
  if (clause.opener === 'coordinator' || clause.opener === 'participle') {
    // "accused Y of hiding and arming Z": a gerund joined to a gerund is that gerund's act.
    if (joinedGerunds(input, v)) return undefined;
    return sharedSubject(input, v);
  }
  return undefined;
}

/** "X criticised Y and praised Z": the subject of the finite verb before v, if any. */
function sharedSubject(input: ArgumentInput, v: number): Found | undefined {
  const first = previousVerb(input, v)?.subject[0];
  return first === undefined ? undefined : { phrase: first, source: 'shared' };
}

/**
 * "X backs Y, condemns Z": phrase p, the object of an earlier verb, parted from this verb by a
 * lone comma (adverbs aside), is no subject of it; this verb shares the earlier verb's subject.
 * An apposition before the comma ("X's wife, Jane Doe, denounced") is no earlier verb's object;
 * a passive participle after it ("helped Y, supported by Z") may describe Y.
 */
function partedByComma(input: ArgumentInput, p: number, verb: VerbGroup): boolean {
  const { phrases, pos, words } = input;
  // "helped Y, supported by Z": a participle after the comma may describe Y.
  if (verb.voice !== 'active' || !isFinite(pos, verb)) return false;
  const conjuncts = phrases[p]?.conjuncts ?? [p];
  const last = phrases[conjuncts[conjuncts.length - 1] ?? p];
  let c = verb.main - 1;
  while (c > verb.start - 1 && c >= 0 && words[c] !== ',' && pos[c]?.startsWith('RB')) c--;
  if (last === undefined || words[c] !== ',' || last.end !== c) return false;
  return input.verbs.some((other) => other !== verb && other.object.includes(p));
}

/**
 * The subject phrase before token `before` in a clause starting at `from`: the nearest phrase
 * that is not a prepositional object, a possessor or an apposition (those are stepped over to
 * the phrase they belong to); another verb group on the way ends the search.
 */
function phraseBefore(input: ArgumentInput, before: number, from: number): number {
  const { phraseAt, phrases, pos } = input;
  for (let t = before - 1; t >= from; t--) {
    if (pos[t]?.startsWith('VB') || pos[t] === 'MD') return -1;
    const p = phraseAt[t] ?? -1;
    const phrase = phrases[p];
    if (phrase === undefined) continue;
    if (phrase.start < from) return -1;
    t = phrase.start;
    // "the report that X published": the clause's opener is no preposition.
    const lead = phrases[phrase.conjuncts[0] ?? p] ?? phrase;
    const prepositional = lead.preposition !== undefined && lead.start - 1 !== from;
    if (prepositional || phrase.possessive) continue;
    let at = p;
    while (phrases[at]?.appositionTo !== undefined) at = phrases[at]?.appositionTo ?? at;
    const conjuncts = phrases[at]?.conjuncts ?? [at];
    return conjuncts[0] ?? at;
  }
  return -1;
}

/** Verb group v is a gerund right after "and"/"or" and another gerund ("of hiding and arming"). */
function joinedGerunds(input: ArgumentInput, v: number): boolean {
  const verb = input.verbs[v];
  if (verb === undefined) return false;
  const { pos, words } = input;
  return (
    pos[verb.main] === 'VBG' &&
    verb.main === verb.start &&
    SYNTAX_WORDS.coordinators.has(words[verb.start - 1] ?? '') &&
    pos[verb.start - 2] === 'VBG'
  );
}

/** The finite verb group before v in the sentence that has a subject of its own. */
function previousVerb(input: ArgumentInput, v: number): VerbGroup | undefined {
  for (let u = v - 1; u >= 0; u--) {
    const verb = input.verbs[u];
    if (verb && isFinite(input.pos, verb) && verb.subject.length > 0 && !isSmallClause(input, verb))
      return verb;
  }
  return undefined;
}

/** Tensed: a modal, an auxiliary, or a main verb in the past or present tense. */
function isFinite(pos: readonly string[], verb: VerbGroup): boolean {
  if (verb.infinitive) return false;
  if (verb.modal !== undefined || verb.auxiliaries.length > 0) return true;
  return ['VBD', 'VBZ', 'VBP'].includes(pos[verb.main] ?? '');
}

/**
 * "X moved to block Y": the subject of the verb before; "X urged Y to reject Z": that verb's
 * object (a phrase between the two verbs).
 */
function controller(input: ArgumentInput, v: number): Found | undefined {
  const verb = input.verbs[v];
  const previous = input.verbs[v - 1];
  if (verb === undefined || previous === undefined) return undefined;
  if (previous.object.length > 0) {
    const object = input.phrases[previous.object.at(-1) ?? -1];
    if (object && object.end === verb.start)
      return { phrase: previous.object[0] ?? -1, source: 'controller' };
  }
  if (previous.end !== verb.start || previous.subject[0] === undefined) return undefined;
  return { phrase: previous.subject[0], source: 'controller' };
}

/** "considers X biased": a verb whose subject is the object right after another verb. */
function isSmallClause(input: ArgumentInput, verb: VerbGroup): boolean {
  const subject = input.phrases[verb.subject[0] ?? -1];
  return subject !== undefined && input.verbs.some((other) => other.end === subject.start);
}
