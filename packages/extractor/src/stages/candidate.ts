import type { EntityType } from '@newsgraph/graph-schema';
import type { LexiconEntry } from '../lexicon/entry.js';
import type { MentionKind, RoleCue } from '../types.js';

/** A possible mention, before resolution decides which entity (if any) it belongs to. */
export interface Candidate {
  start: number;
  end: number;
  /** Surface, whitespace collapsed. */
  text: string;
  /** Token range [first, last). */
  first: number;
  last: number;
  sentence: number;
  /** Null: a bare word that is a mention only if it matches an entity named elsewhere. */
  type: EntityType | null;
  kind: MentionKind;
  /** Known id (lexicon entries, rule-built organizations). Persons get theirs at resolution. */
  id?: string;
  /** Canonical name for lexicon entries, else the surface with whitespace collapsed. */
  name: string;
  entry?: LexiconEntry;
  role?: RoleCue;
  /** For "the alliance"-style references: which kind of entity it points at. */
  reference?: { kind: 'orgKind' | 'coalition' | 'union' | 'title'; value: string };
  /** Next to a speech verb ("Okafor said", "said Lena Marsh"). */
  speaker?: boolean;
  /** First word of its sentence, where a capital says nothing. */
  initial?: boolean;
  /** In a headline or other text whose capitals say nothing. */
  caseless?: boolean;
  attributes?: Record<string, string>;
  /** An unknown name where places stand ("at Headingley"): a Location unless it names someone or something known. */
  place?: boolean;
  /** A sports side named after its place ("Surrey 429-7"). */
  team?: boolean;
  /** A capital named as a place: the id of its state. */
  capitalOf?: string;
  /** The sequence tagger's type for an untyped name: resolution's last resort (stages/tagger-proposals.ts). */
  tagged?: 'Person' | 'Organization';
}

/** A run of tokens [first, last) in one sentence that may name something. */
export interface Chunk {
  first: number;
  last: number;
  sentence: number;
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
