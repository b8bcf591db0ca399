import type { EntityType } from '@newsgraph/graph-schema';
import type { MentionKind } from '../types.js';

/** What a lexicon phrase stands for. */
export interface LexiconEntry {
  /** Entity id, stable across articles ("state:FRA", "org:nato"). */
  id: string;
  type: EntityType;
  /** Canonical name. */
  name: string;
  /** How the phrase refers to the entity. */
  mentionKind: MentionKind;
  /** Organization kind from the lexicon ("alliance", "party", "gov", ...). */
  orgKind?: string;
  /** For a state's own body (White House, a ministry): the state's entity id. */
  state?: string;
  /**
   * A name or demonym several states share ("Congo", "Congolese"): the ids it may mean. Resolution
   * joins the one the article names; `id` is the reading of a name when it names none.
   */
  ambiguous?: string[];
  /** Case-sensitive only (acronyms that are also words, such as "US" or "AU"). */
  exactCase?: boolean;
}
