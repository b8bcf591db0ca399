import { lexicon } from '../lexicon/lexicon.js';
import type { RoleCue } from '../types.js';
import type { CompiledCues, TitleSense } from './cue-lexicon.js';
import { titleModifier } from './title-sense.js';
import { BETWEEN_HOLDER_AND_TITLE, TOPIC_PORTFOLIOS } from './title-generic.js';
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

// "'s migration ", " fisheries ": a possessive or none, then one or two lower-case words.
const OWNED_PORTFOLIO = /^(?:['’]s?)?[ \t]+(?:\p{Ll}[\p{L}-]*[ \t]+){1,2}$/u;

/**
 * "Greece's migration minister, X", "Iran's deputy trade minister X": lower-case portfolio words
 * (or title modifiers, `modifier`) between a possessive holder and an officer's title name the
 * office's field, so the holder holds it. Only for officers (REPRESENTS), never for a state's
 * organization-only title; "Syria's rebel spokesman" or "Burma's democracy leader" hold nothing
 * of the state.
 */
export function ownedPortfolio(
  between: string,
  sense: TitleSense | undefined,
  holderType: string,
  modifier: (word: string) => boolean,
): boolean {
  if (sense?.kind !== 'represents' || !OWNED_PORTFOLIO.test(between)) return false;
  if (holderType === 'State' && sense.scope === 'organization') return false;
  return between
    .replace(/^['’]s?/u, '')
    .trim()
    .split(/\s+/u)
    .every((w) => fieldWord(w, modifier));
}

/** A portfolio word ("fisheries", "Trade"), a title modifier or a word between holder and title. */
function fieldWord(word: string, modifier: (word: string) => boolean): boolean {
  const lower = word.toLowerCase();
  return (
    modifier(lower) ||
    BETWEEN_HOLDER_AND_TITLE.has(lower) ||
    lexicon().portfolios.has(lower.charAt(0).toUpperCase() + lower.slice(1))
  );
}

/** Whether every word of `words` names an office's field (see `fieldWord`). */
export function fieldWords(cues: CompiledCues, words: string): boolean {
  return words
    .trim()
    .split(/\s+/u)
    .every((w) => fieldWord(w, (m) => titleModifier(cues, m)));
}

/** How many characters at the end of `title` form a known title ("foreign minister" → 16). */
export function knownTitleLength(cues: CompiledCues, title: string): number {
  const words = title.split(/\s+/u);
  for (let k = 0; k < words.length; k++) {
    const tail = words.slice(k).join(' ');
    if (cues.titles.has(tail.toLowerCase())) return tail.length;
  }
  return 0;
}
