import { lexicon } from '../lexicon/lexicon.js';
import type { RoleCue } from '../types.js';
import { TOPIC_PORTFOLIOS } from './title-generic.js';
import type { ArticleContext, ActorRef } from './article-context.js';

// Only capitalised portfolio words between a name and the title ("EU Affairs Minister").
const PORTFOLIO_GAP = /^(?:[ \t]+\p{Lu}\p{Ll}+){0,2}[ \t]+$/u;
const STATE_GAP = /^(?:['’]s)?[ \t]+$/u;

/**
 * "Turkey's EU Affairs Minister X": a name followed by a topic portfolio word ("Affairs") before a
 * title is what the office deals with, not who holds it. Undefined when
 * no such name stands there; otherwise `owner` is the state right before it ("Turkey's"), if any.
 */
export function portfolioSubject(
  ctx: ArticleContext,
  sentence: number,
  role: RoleCue,
): { owner: ActorRef | undefined } | undefined {
  const titleStart = role.start;
  const text = ctx.analysis.text;
  const mentions = ctx.mentionsBySentence.get(sentence) ?? [];
  const at = mentions.findLastIndex((m) => m.end <= titleStart);
  const subject = mentions[at];
  if (subject === undefined) return undefined;
  const between = text.slice(subject.end, titleStart);
  if (!PORTFOLIO_GAP.test(between)) return undefined;
  // The words before the title's last one, whether the title took them in or not.
  const words = `${between} ${role.title}`.trim().split(/\s+/u).slice(0, -1);
  if (words.length === 0 || !words.every((w) => lexicon().portfolios.has(w))) return undefined;
  // "EU Trade Commissioner X" is the EU's; only "EU Affairs" makes the EU a topic.
  if (!TOPIC_PORTFOLIOS.has(words[0]?.toLowerCase() ?? '')) return undefined;
  const before = mentions[at - 1];
  const actor = before === undefined ? undefined : ctx.actor(before.entityId);
  const adjacent = before !== undefined && STATE_GAP.test(text.slice(before.end, subject.start));
  return { owner: adjacent && actor?.type === 'State' ? actor : undefined };
}
