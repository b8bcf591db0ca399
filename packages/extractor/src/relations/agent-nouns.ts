import { z } from 'zod';
import { LowerWord, parseWordLists } from '../lexicon/word-lists.js';
import type { SentenceView } from './sentence-view.js';
import wordsJson from './agent-nouns.json' with { type: 'json' };

const AgentNounsSchema = z.object({
  description: z.string(),
  agentNouns: z.array(LowerWord).min(1),
});

let cached: ReadonlySet<string> | undefined;

/** Nouns for another who acts on their own account for a person (agent-nouns.json), validated once. */
export function agentNouns(): ReadonlySet<string> {
  if (cached !== undefined) return cached;
  const lists = parseWordLists(AgentNounsSchema, wordsJson, 'relations/agent-nouns.json');
  cached = new Set(lists.agentNouns);
  return cached;
}

/** Plain words before the noun: "X's longtime personal lawyer". */
const MODIFIER_REACH = 2;

/**
 * "Mr. X's deputy praised Y", "X's longtime lawyer accused Y": a person's possessive right before
 * `at`, then up to two plain lower-case words and an agent noun. The possessor does not act; the
 * deputy or lawyer does, who is no actor. True when the phrase from `at` is such a head.
 */
export function personOwnsAgent(view: SentenceView, at: number): boolean {
  const { words } = view;
  const split = words[at] === "'s";
  const owner = view.units[view.unitAt[at - 1] ?? -1];
  if (owner?.actor?.type !== 'Person' || owner.lastToken !== at - 1) return false;
  if (!split && view.tokens[owner.lastToken]?.poss !== true) return false;
  const first = split ? at + 1 : at;
  const nouns = agentNouns();
  for (let t = first; t <= first + MODIFIER_REACH; t++) {
    const word = words[t] ?? '';
    if (nouns.has(word)) return true;
    if ((view.unitAt[t] ?? -1) >= 0 || !/^\p{Ll}+$/u.test(word)) return false;
  }
  return false;
}
