import type { Entity } from '@newsgraph/graph-schema';
import type { Token } from '../text/tokenize.js';
import type { Mention, Sentence } from '../types.js';
import type { SpeakerReference } from './speaker-reference.js';

export interface SpeakerLookup {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  sentenceTokens: ReadonlyArray<readonly [number, number]>;
  speechVerbs: ReadonlySet<string>;
  entities: ReadonlyMap<string, Entity>;
  /** Mentions by the index of their last token. */
  endingAt: ReadonlyMap<number, Mention>;
  /** Mentions by the index of their first token. */
  startingAt: ReadonlyMap<number, Mention>;
  /** Character ranges inside quotation marks. */
  quoted: (at: number) => boolean;
  /** What pronouns refer to. */
  reference: SpeakerReference;
}

/** A found speaker: an entity id, or null when the speaker is someone unnamed ("an official said"). */
export interface Attribution {
  speakerId: string | null;
  start: number;
  end: number;
  /** The description that named the speaker ("the Russian leader"): its head noun and entity. */
  described?: DescribedHead;
}

/** The noun of a description that refers to an entity: "leader" in "the Russian leader said". */
export interface DescribedHead {
  entityId: string;
  start: number;
  end: number;
}
