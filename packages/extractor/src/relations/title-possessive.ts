import type { Mention, RoleCue } from '../types.js';
import type { CompiledCues } from './cue-lexicon.js';
import type { Unit } from './sentence-view.js';
import { gap, type RoleEnv } from './title-env.js';

const patterns = new WeakMap<CompiledCues, RegExp>();

// What a title may be "on" or "for" before the apposition ends ("spokesman on health,").
const PORTFOLIO = String.raw`(?:\s+(?:on|for)\s+(?:the\s+)?[\p{L}-]+(?:\s+(?:and\s+)?[\p{L}-]+){0,2})?`;

// How long the title has been held, before the apposition ends ("prime minister since 2010,").
const SINCE = String.raw`(?:\s+since\s+(?:\p{Lu}\p{Ll}+\s+)?\d{4})?`;

// After "[holder]'s" (or "[holder]'" after an s): a title of up to four words that ends the apposition ("deputy leader,").
function titleAfterPossessive(cues: CompiledCues): RegExp {
  let pattern = patterns.get(cues);
  if (pattern === undefined) {
    pattern = new RegExp(
      `^['’]s?\\s+((?:[\\p{L}-]+\\s+){0,3}?(?:${cues.titleAlternation}))(?=${PORTFOLIO}${SINCE}\\s*(?:[,;.)]|$))`,
      'iu',
    );
    patterns.set(cues, pattern);
  }
  return pattern;
}

// A comma opens the apposition; a present copula predicates the title of the person ("X is
// Greenpeace's president"), not "was" (a past office) or "would be".
const POSSESSIVE_OPENING = /^(?:,|\s+(?:is|remains))\s+(?:the\s+)?$/i;

/**
 * "X, Britain's foreign minister,", "X, the Green Party's deputy leader", "X is Greenpeace's
 * president": a title owned by the state or organization right after the comma or copula.
 */
export function possessiveApposition(env: RoleEnv, u: number): RoleCue | undefined {
  const { view } = env;
  const person = view.units[u];
  const holder = view.units[u + 1];
  if (person === undefined || holder?.actor === undefined) return undefined;
  if (holder.actor.type !== 'State' && holder.actor.type !== 'Organization') return undefined;
  if (!POSSESSIVE_OPENING.test(gap(view, person.end, holder.start))) return undefined;
  // Only a possessive can follow: skip slicing the rest of the sentence for anything else.
  const after = view.sentenceText.charAt(holder.end - view.sentence.start);
  if (after !== "'" && after !== '’') return undefined;
  const match = titleAfterPossessive(env.cues).exec(gap(view, holder.end, view.sentence.end));
  const title = match?.[1];
  if (match === null || title === undefined) return undefined;
  const start = holder.end + match[0].indexOf(title);
  return { title, start, end: start + title.length, of: holder.mention.entityId };
}

/**
 * "X, a NATO spokesman,", "X, an Exxon spokesman,": the state or organization right before a
 * title in apposition to the person (after "a", "an" or "the") holds it. Returns its entity id.
 */
export function premodifierHolder(
  env: RoleEnv,
  mention: Mention,
  role: RoleCue,
): string | undefined {
  if (role.start < mention.end) return undefined;
  const mentions = env.ctx.mentionsBySentence.get(env.view.sentence.index) ?? [];
  const holder = mentions.findLast((m) => m.end <= role.start);
  if (holder === undefined || holder.start < mention.end) return undefined;
  if (holder.type !== 'State' && holder.type !== 'Organization') return undefined;
  const text = env.ctx.analysis.text;
  if (!/^[ \t]+$/.test(text.slice(holder.end, role.start))) return undefined;
  // The title ends the apposition: "a German member of the European Parliament" is the body's.
  if (
    !/^\s*(?:[,;.)]|$)/.test(text.slice(role.end, role.end + 2)) &&
    !portfolioEnds(text, role.end)
  )
    return undefined;
  return /^,\s+(?:a|an|the)\s+$/i.test(text.slice(mention.end, holder.start))
    ? holder.entityId
    : undefined;
}

// "the French minister of agriculture,": a portfolio in lower case, then the apposition ends.
const LOWER_PORTFOLIO =
  /^\s+(?:of|for)\s+(?:the\s+)?\p{Ll}[\p{L}-]*(?:\s+(?:and\s+)?\p{Ll}[\p{L}-]*){0,2}\s*(?:[,;.)]|$)/u;

function portfolioEnds(text: string, at: number): boolean {
  return LOWER_PORTFOLIO.test(text.slice(at, at + 60));
}

/** "Ambassador X of Norway": the state or organization after "of" right after a titled name. */
export function ofAfterName(env: RoleEnv, u: number, units: readonly Unit[]): string | undefined {
  const { view } = env;
  const person = units[u];
  const next = units[u + 1];
  if (person === undefined || next?.actor === undefined) return undefined;
  if (next.actor.type !== 'State' && next.actor.type !== 'Organization') return undefined;
  return /^\s+of\s+(?:the\s+)?$/i.test(gap(view, person.end, next.start))
    ? next.mention.entityId
    : undefined;
}
