import type { Entity, EntityType, Relation } from '@newsgraph/graph-schema';
import type { Actor } from './actors/actor-table.js';
import type { SportsReport } from './stages/scan-context.js';
import type { PairEnd, PairSentence } from './pair-stance/pair-features.js';
import type { SentenceSyntax } from './syntax/types.js';

/** What the caller knows about an article besides its text. */
export interface ArticleMeta {
  id?: string;
  title?: string;
  source?: string;
  url?: string;
  publishedAt?: string;
  language?: string;
  /**
   * Whether the first non-empty line is a headline (default true). Set false for plain sentences
   * (CoNLL-style evaluation), so the first line is read as body text.
   */
  headline?: boolean;
  /**
   * Whether the trained sequence tagger proposes person and organization names the rules leave
   * untyped (default true); see stages/tagger-proposals.ts for which of the two wins.
   */
  tagger?: boolean;
}

export interface ExtractOptions {
  /** Relations below this confidence are dropped (default 0). */
  minConfidence?: number;
  /** Replaces the bundled relation cue lexicon (see relations/cues.json). */
  cues?: unknown;
  /** Actors added to the bundled actor table (`readActors`); on a shared name these win. */
  actors?: readonly Actor[];
  /**
   * Adds the trained pair classifier's stance edges where the rules found none (default false):
   * on the directed-sentiment benchmark it lifts recall at 0.93 precision, but on news articles
   * most of its edges were wrong (model/MODEL_CARD.md), so it is off until that is mended.
   */
  pairStance?: boolean;
  /**
   * For training scripts: called with every pair of one sentence the classifier would read (both
   * ends actors, no rule related either), whether or not `pairStance` is on.
   */
  pairCandidates?: (
    sentence: PairSentence,
    a: PairEnd,
    b: PairEnd,
    syntax: SentenceSyntax | undefined,
  ) => void;
}

/** A sentence of the article: [start, end) in the original text. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Index of the paragraph (blank-line or indented block) the sentence belongs to. */
  paragraph: number;
}

export type MentionKind =
  'name' | 'surname' | 'acronym' | 'alias' | 'demonym' | 'capital' | 'reference';

/** A title or office attached to a person mention ("Chancellor", "a lawmaker for ..."). */
export interface RoleCue {
  title: string;
  start: number;
  end: number;
  /** The state or organization the title belongs to, when the text says ("U.S. Defense Secretary"). */
  of?: string;
}

/** One occurrence of an entity in the text, after resolution. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  entityId: string;
  type: EntityType;
  /** Index into `Analysis.sentences`. */
  sentence: number;
  kind: MentionKind;
  role?: RoleCue;
}

/** A direct quotation with its resolved speaker. */
export interface Quote {
  start: number;
  end: number;
  text: string;
  speakerId: string;
  /** Span of the attribution ("Okafor told reporters"), when found. */
  attribution?: { start: number; end: number };
}

/** Everything the stages before relation extraction know about an article. */
export interface Analysis {
  text: string;
  sentences: Sentence[];
  entities: Entity[];
  mentions: Mention[];
  quotes: Quote[];
  /** The article is a sports report, of team or of individual sports: results are no stances. */
  sports?: SportsReport;
}

export type RelationExtractor = (analysis: Analysis, options: ExtractOptions) => Relation[];
