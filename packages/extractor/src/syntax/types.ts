import type { Token } from '../text/tokenize.js';

// The syntax of one sentence: token indices everywhere are into `SentenceSyntax.tokens`, spans
// are [start, end).

/** A noun-phrase chunk. */
export interface NounPhrase {
  start: number;
  end: number;
  /** The head word: the last noun (or pronoun, number) before a possessive ending. */
  head: number;
  /** "Russia's policy": the phrase ending in 's that owns this one. */
  possessor: number | undefined;
  /** Ends in a possessive 's: it modifies the next phrase. */
  possessive: boolean;
  /** Right after a preposition: a prepositional object ("of", "against", "by"). */
  preposition: string | undefined;
  /** "X, the leader of Y, said": the phrase this one is in apposition to. */
  appositionTo: number | undefined;
  /** "X, Y and Z": every phrase of the coordination, this one included, in order. */
  conjuncts: readonly number[];
}

export type Voice = 'active' | 'passive';

/** How a verb group's subject was found. */
export type SubjectSource =
  | 'clause' // the phrase before it in its clause
  | 'relative' // "X, who criticised": the antecedent of the relative pronoun
  | 'shared' // "X criticised Y and praised Z": the subject of the verb it is coordinated with
  | 'controller'; // "X moved to block Y", "X urged Y to reject Z"

/** A verb group: auxiliaries, modal, negation and adverbs around a main verb. */
export interface VerbGroup {
  start: number;
  end: number;
  main: number;
  auxiliaries: readonly number[];
  modal: number | undefined;
  negated: boolean;
  adverbs: readonly number[];
  voice: Voice;
  /** "to block": an infinitive. */
  infinitive: boolean;
  clause: number;
  /** Noun-phrase indices (the subject and its conjuncts). */
  subject: readonly number[];
  subjectSource: SubjectSource | undefined;
  /** The phrase right after the verb (active voice), with its conjuncts. */
  object: readonly number[];
  /** Passive "by X". */
  agent: readonly number[];
}

/** A clause: its first token, and the word that opened it, if any. */
export interface Clause {
  start: number;
  end: number;
  opener:
    | 'subordinator'
    | 'relative'
    | 'coordinator'
    | 'participle'
    | 'resumed'
    | 'quote'
    | 'punctuation'
    | undefined;
  /** For a relative clause, and the main clause it interrupts: the noun phrase it modifies. */
  antecedent: number | undefined;
}

export interface SentenceSyntax {
  tokens: readonly Token[];
  /** Lower-case token texts. */
  words: readonly string[];
  /** Penn Treebank tags, lexicon corrections applied. */
  pos: readonly string[];
  /** IOB2 chunk tags (B-NP, I-VP, ...). */
  chunks: readonly string[];
  phrases: readonly NounPhrase[];
  verbs: readonly VerbGroup[];
  clauses: readonly Clause[];
  /** Token → index into `phrases`, or -1. */
  phraseAt: Int32Array;
  /** Token → index into `verbs`, or -1. */
  verbAt: Int32Array;
  /** Token → index into `clauses`. */
  clauseAt: Int32Array;
  question: boolean;
}
