import { z } from 'zod';
import { LowerWord, parseWordLists } from '../lexicon/word-lists.js';
import wordsJson from './act-evaluation-words.json' with { type: 'json' };

const Word = z.string().regex(/^\p{Ll}[\p{Ll}-]*$/u, 'expected one lower-case word');

const ActEvaluationWordsSchema = z.object({
  description: z.string(),
  actNouns: z.array(Word).min(1),
  agentOfNouns: z.array(LowerWord).min(1),
  ofOwnedNouns: z.array(LowerWord).min(1),
  expressVerbs: z.array(LowerWord).min(1),
  regretVerbs: z.array(LowerWord).min(1),
  concernNouns: z.array(LowerWord).min(1),
  concernAdjectives: z.array(LowerWord).min(1),
  concernIntensifiers: z.array(LowerWord).min(1),
  concernPrepositions: z.array(LowerWord).min(1),
  approvalNouns: z.array(LowerWord).min(1),
  approvalAdjectives: z.array(LowerWord).min(1),
  stirredAdjectives: z.array(LowerWord).min(1),
  approvalPrepositions: z.array(LowerWord).min(1),
  criticNouns: z.array(LowerWord).min(1),
  joinVerbs: z.array(LowerWord).min(1),
  joinFillers: z.array(LowerWord).min(1),
  includeVerbs: z.array(LowerWord).min(1),
});

export interface ActEvaluationWords {
  /** "Y's decision", "the move by Y": nouns for what an actor did or holds. */
  actNouns: ReadonlySet<string>;
  /** "China's treatment of Y": act nouns read only before "of". */
  agentOfNouns: ReadonlySet<string>;
  /** "the plans of Y": act nouns whose "of" names their owner, never one they are done to. */
  ofOwnedNouns: ReadonlySet<string>;
  /** "voiced", "expressed": verbs stating a feeling. */
  expressVerbs: ReadonlySet<string>;
  /** "lamented", "bemoaned": verbs of regret, read only before an owned act. */
  regretVerbs: ReadonlySet<string>;
  /** "concern", "dismay": feelings that disapprove of an act they are about. */
  concernNouns: ReadonlySet<string>;
  /** "is alarmed by", "was concerned about": the same feelings after a copula. */
  concernAdjectives: ReadonlySet<string>;
  /** "very", "still": between the copula and the adjective, besides adverbs in -ly. */
  concernIntensifiers: ReadonlySet<string>;
  /** "over", "about": what links the feeling to the act ("for" never does). */
  concernPrepositions: ReadonlySet<string>;
  /** "approval", "appreciation": feelings that back an act they are about. */
  approvalNouns: ReadonlySet<string>;
  /** "is happy with", "satisfied with": the same after a copula. */
  approvalAdjectives: ReadonlySet<string>;
  /** "moved", "touched": back an act only when stirred "by" it. */
  stirredAdjectives: ReadonlySet<string>;
  /** "of", "for", "with": what links an approving feeling to the act. */
  approvalPrepositions: ReadonlySet<string>;
  /** "critics", "opponents": agents a list may name ("Critics, including X, say ..."). */
  criticNouns: ReadonlySet<string>;
  /** "joined": its subject becomes one of the agents after it. */
  joinVerbs: ReadonlySet<string>;
  /** "the", "other", "a chorus of": between "join" and the agent noun. */
  joinFillers: ReadonlySet<string>;
  /** "Critics of Y include X": the object lists the agents. */
  includeVerbs: ReadonlySet<string>;
}

let cached: ActEvaluationWords | undefined;

/** Words of the act-evaluation rules (act-evaluation-words.json), validated once. */
export function actEvaluationWords(): ActEvaluationWords {
  if (cached !== undefined) return cached;
  const lists = parseWordLists(
    ActEvaluationWordsSchema,
    wordsJson,
    'relations/act-evaluation-words.json',
  );
  cached = {
    actNouns: new Set(lists.actNouns),
    agentOfNouns: new Set(lists.agentOfNouns),
    ofOwnedNouns: new Set(lists.ofOwnedNouns),
    expressVerbs: new Set(lists.expressVerbs),
    regretVerbs: new Set(lists.regretVerbs),
    concernNouns: new Set(lists.concernNouns),
    concernAdjectives: new Set(lists.concernAdjectives),
    concernIntensifiers: new Set(lists.concernIntensifiers),
    concernPrepositions: new Set(lists.concernPrepositions),
    approvalNouns: new Set(lists.approvalNouns),
    approvalAdjectives: new Set(lists.approvalAdjectives),
    stirredAdjectives: new Set(lists.stirredAdjectives),
    approvalPrepositions: new Set(lists.approvalPrepositions),
    criticNouns: new Set(lists.criticNouns),
    joinVerbs: new Set(lists.joinVerbs),
    joinFillers: new Set(lists.joinFillers),
    includeVerbs: new Set(lists.includeVerbs),
  };
  return cached;
}
