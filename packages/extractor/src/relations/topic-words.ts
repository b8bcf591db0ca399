import { z } from 'zod';
import { LowerWord, parseWordLists } from '../lexicon/word-lists.js';
import topicJson from './topic-words.json' with { type: 'json' };

const TopicWordsSchema = z.object({
  description: z.string(),
  ideaNouns: z.array(LowerWord).min(1),
  stanceNouns: z.array(LowerWord).min(1),
  topicPrepositions: z.array(LowerWord).min(1),
  contentOpeners: z.array(LowerWord).min(1),
  issueHeads: z.array(LowerWord).min(1),
  undergoneNouns: z.array(LowerWord).min(1),
});

export interface TopicWords {
  /** "idea", "issue": after "of" or a topic preposition, what follows is what they are about. */
  ideaNouns: ReadonlySet<string>;
  /** "stance", "plan": after a topic preposition their subject; after "of" their owner. */
  stanceNouns: ReadonlySet<string>;
  /** "on", "about", "toward": open the subject of an idea or stance noun. */
  topicPrepositions: ReadonlySet<string>;
  /** "not", "whether": after "of", the content of a stance noun ("position of not allowing"). */
  contentOpeners: ReadonlySet<string>;
  /** "crisis", "probe": a name right before them only says what the matter concerns. */
  issueHeads: ReadonlySet<string>;
  /** "arrest", "reputation": their possessor undergoes or holds them, unless "of" follows. */
  undergoneNouns: ReadonlySet<string>;
}

let cached: TopicWords | undefined;

/** Word lists of the topic-complement rules (topic-words.json), validated once. */
export function topicWords(): TopicWords {
  if (cached !== undefined) return cached;
  const lists = parseWordLists(TopicWordsSchema, topicJson, 'relations/topic-words.json');
  cached = {
    ideaNouns: new Set(lists.ideaNouns),
    stanceNouns: new Set(lists.stanceNouns),
    topicPrepositions: new Set(lists.topicPrepositions),
    contentOpeners: new Set(lists.contentOpeners),
    issueHeads: new Set(lists.issueHeads),
    undergoneNouns: new Set(lists.undergoneNouns),
  };
  return cached;
}
