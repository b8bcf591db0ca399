import type { Entity } from '@newsgraph/graph-schema';
import type { Mention, Sentence } from '../types.js';
import { sentenceAt } from './quote-sentences.js';
import type { QuoteResult } from './quotes.js';
import type { DescribedHead } from './speaker-types.js';

export interface SpeakerMentionInput {
  text: string;
  sentences: readonly Sentence[];
}

type Span = Entity['mentions'][number];

/** A mention there already, or a name right after ("the 47-year-old Ana Ruiz"), which it modifies. */
function named(mentions: readonly Mention[], head: DescribedHead, text: string): boolean {
  let next = head.end;
  while (text[next] === ' ') next++;
  return mentions.some((m) => (m.start < head.end && head.start < m.end) || m.start === next);
}

/** A copy of `spans` with `added` before the first span that starts after it. */
function inserted<T extends Span>(spans: readonly T[], added: T): T[] {
  const at = spans.findIndex((m) => m.start > added.start);
  const out = spans.slice();
  out.splice(at < 0 ? out.length : at, 0, added);
  return out;
}

/** The analysis's mentions and entities with those of the speakers' descriptions. */
export interface SpokenMentions {
  mentions: Mention[];
  entities: Entity[];
}

/**
 * `“...,” the Russian leader said`: the description the quote stage took for a speaker is a
 * mention of the entity it refers to, as "the alliance" is (kind 'reference'), over its head noun
 * ("leader"), unless a mention lies there already; the entity lists it among its mentions. The
 * same arrays when no quote was attributed through a description.
 */
export function withSpeakerMentions(
  spoken: SpokenMentions,
  quotes: readonly QuoteResult[],
  input: SpeakerMentionInput,
): SpokenMentions {
  let { mentions, entities } = spoken;
  for (const { described } of quotes) {
    // Quotes with no description behind their speaker, nearly all of them, cost one test.
    if (described === undefined || named(mentions, described, input.text)) continue;
    const index = entities.findIndex((e) => e.id === described.entityId);
    const entity = entities[index];
    if (entity === undefined) continue;
    const { start, end } = described;
    const text = input.text.slice(start, end);
    mentions = inserted(mentions, {
      start,
      end,
      text,
      entityId: entity.id,
      type: entity.type,
      sentence: sentenceAt(input.sentences, start),
      kind: 'reference',
    });
    entities = entities.slice();
    entities[index] = { ...entity, mentions: inserted(entity.mentions, { start, end, text }) };
  }
  return { mentions, entities };
}
