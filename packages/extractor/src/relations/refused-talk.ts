import { z } from 'zod';
import { LowerWord, parseWordLists } from '../lexicon/word-lists.js';
import type { SentenceView } from './sentence-view.js';
import talkJson from './refused-talk-words.json' with { type: 'json' };

const TalkWordsSchema = z.object({
  description: z.string(),
  refusalForms: z.array(LowerWord).min(1),
  talkVerbs: z.array(LowerWord).min(1),
});

interface TalkWords {
  refusals: ReadonlySet<string>;
  talk: ReadonlySet<string>;
}
let cached: TalkWords | undefined;

/** Word lists of the refused-talk rule (refused-talk-words.json), validated once. */
export function refusedTalkWords(): TalkWords {
  if (cached) return cached;
  const lists = parseWordLists(TalkWordsSchema, talkJson, 'relations/refused-talk-words.json');
  cached = { refusals: new Set(lists.refusalForms), talk: new Set(lists.talkVerbs) };
  return cached;
}

/**
 * "X declined to address Y's claim", "X refused to discuss Y's plan": a refusal at token `verb`
 * whose infinitive is a verb of speaking about a matter withholds comment; it is no stance against
 * the matter's owner. A refusal of an act on Y ("refused to meet Y", "refused to recognise Y")
 * is left to the cues.
 */
export function refusedTalk(view: SentenceView, verb: number): boolean {
  const { refusals, talk } = refusedTalkWords();
  const { words } = view;
  return (
    refusals.has(words[verb] ?? '') && words[verb + 1] === 'to' && talk.has(words[verb + 2] ?? '')
  );
}
