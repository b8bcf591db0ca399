import type { Mention } from '../types.js';
import { headsAPart, ownKindLength } from './title-body.js';
import { emitRole, type RoleEnv } from './title-env.js';
import { foreignHeadTitle, organizationTitleOfState } from './title-modifier.js';
import { classifyTitle } from './title-sense.js';
import { strength } from './confidence.js';

// "... the head of the [Y]": a few words, then "of", right before the holder.
const TITLE_OF = /((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\s+of\s+(?:the\s+)?$/iu;
/**
 * Between the holder and the person: a comma, after at most the holder's short name in brackets
 * and where it sits ("the head of the Y (YF) in Bamako, X").
 */
const COMMA =
  /^(?:\s*\([\p{Lu}\p{N}&.-]{2,12}\))?(?:\s+in\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?\s*,\s*$/u;
const ROLE_TYPES = { leads: 'LEADS', represents: 'REPRESENTS', member: 'MEMBER_OF' } as const;

/**
 * "the head of the European Commission, Jose Lima", "the president of France, Ana Roux": a title
 * of a body, then the body, then the person's name in apposition. The title is the person's.
 */
export function titleOfBeforeName(env: RoleEnv): void {
  const mentions = env.ctx.mentionsBySentence.get(env.view.sentence.index) ?? [];
  const text = env.ctx.analysis.text;
  mentions.forEach((person, i) => {
    if (person.type !== 'Person') return;
    const at = holderIndex(mentions, text, i);
    const body = mentions[at];
    if (body === undefined) return;
    // The entity stage may have given the person the title before the body, with no holder.
    if (person.role && (person.role.of !== undefined || person.role.end > body.start)) return;
    // "the head of the Y trade union, X": the body's kind noun after its name.
    const kindEnd = body.end + ownKindLength(body.type, text.slice(body.end, person.start));
    if (!COMMA.test(text.slice(kindEnd, person.start))) return;
    // A mention before the body is a bound, unless it is the title itself read as the person.
    const previous = mentions[at - 1];
    const bound = previous?.entityId === person.entityId ? 0 : (previous?.end ?? 0);
    const from = Math.max(env.view.sentence.start, bound, body.start - 40);
    const words = TITLE_OF.exec(text.slice(from, body.start))?.[1];
    // "met the head": the title starts after the last determiner.
    const title = words?.split(/\b(?:the|a|an)\s+/iu).pop();
    if (title) titleOf(env, { person, body, title });
  });
}

/** The mention before the person's, past a place and a bracketed short name after it. */
function holderIndex(mentions: readonly Mention[], text: string, i: number): number {
  let at = i - 1;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const m = mentions[k];
    const bracketed = m !== undefined && openBracketBefore(text, m.start);
    if (m === undefined || (m.type !== 'Location' && !bracketed)) return k;
    at = k - 1;
  }
  return at;
}

/** An opening bracket right before `at`, past spaces; reads back only as far as those. */
function openBracketBefore(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && /\s/u.test(text[k] ?? '')) k--;
  return text[k] === '(';
}

function titleOf(env: RoleEnv, at: { person: Mention; body: Mention; title: string }): void {
  const sense = classifyTitle(env.cues, at.title);
  const source = env.ctx.actor(at.person.entityId);
  const holder = env.ctx.actor(at.body.entityId);
  if (sense === undefined || source === undefined || holder === undefined) return;
  if (holder.type !== 'State' && holder.type !== 'Organization') return;
  if (organizationTitleOfState(sense, holder, at.title)) return;
  const demoted = headsAPart(at.title) || foreignHeadTitle(sense, holder);
  const kind = demoted && sense.kind === 'leads' ? 'represents' : sense.kind;
  if (kind === 'member' && holder.type !== 'Organization') return;
  emitRole(env, {
    type: ROLE_TYPES[kind],
    source,
    target: holder,
    confidence: strength('title-of-before-name'),
    ...(kind === 'member' ? {} : { role: at.title }),
  });
}
