import type { Mention } from '../types.js';
import { headsAPart, ownKindLength } from './title-body.js';
import { emitRole, type RoleEnv } from './title-env.js';
import { foreignHeadTitle, organizationTitleOfState } from './title-modifier.js';
import { classifyTitle } from './title-sense.js';
import { isEnvoyTitle } from './title-generic.js';
import { strength } from './confidence.js';

// "... the head of the [Y]", "a spokesman for the [Y]": a few words, then "of" or "for", right
// before the holder, which may open a quotation mark ('the head of the "Y," X').
const TITLE_OF = /((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\s+(of|for)\s+(?:the\s+)?(["“]?)$/iu;
// "a spokesman for the Y, X," or "..., X." : the apposition closes right after the name, so the
// name is not the subject of a clause the title's phrase only introduces ("According to a
// spokesman for Y, X was held").
const CLOSED_AFTER = /^\s*(?:[,;.)]|$)/u;
// "the former head of Y, X": the title is one the person no longer holds.
const PAST_BEFORE = /\b(?:former|late|then|ex|outgoing|erstwhile)[\s-]+(?:[\p{L}-]+\s+){0,3}$/iu;
/**
 * Between the holder and the person: a comma, after at most the holder's short name in brackets
 * and where it sits ("the head of the Y (YF) in Bamako, X").
 */
const COMMA =
  /^(?:\s*\([\p{Lu}\p{N}&.-]{2,12}\))?(?:\s+in\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?\s*,\s*$/u;
/** The quotation mark that closes a quoted holder's name, before or after the comma. */
const QUOTE_CLOSE = /^(\S*?)["”]/u;
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
    // "a spokesman for the Chinese foreign ministry, X": the state's word opens its body's name.
    const opener = stateOpening(env, mentions, at);
    const named = opener ?? body;
    // A mention before the body is a bound, unless it is the title itself read as the person.
    const previous = mentions[opener ? at - 2 : at - 1];
    const bound = previous?.entityId === person.entityId ? 0 : (previous?.end ?? 0);
    const from = Math.max(env.view.sentence.start, bound, named.start - 40);
    const match = TITLE_OF.exec(text.slice(from, named.start));
    const words = match?.[1];
    if (match === null || words === undefined) return;
    if (!COMMA.test(closedQuote(text.slice(kindEnd, person.start), match[3] !== ''))) return;
    // "met the head": the title starts after the last determiner.
    const title = words.split(/\b(?:the|a|an)\s+/iu).pop();
    const titleAt = from + match.index + words.length - (title?.length ?? 0);
    if (!title || PAST_BEFORE.test(text.slice(Math.max(0, titleAt - 40), titleAt))) return;
    // "a spokesman for Y": only a closed apposition, and never an envoy "for" the place he is sent to.
    if (match[2]?.toLowerCase() === 'for') {
      if (!CLOSED_AFTER.test(text.slice(person.end, person.end + 2))) return;
      if (isEnvoyTitle(title.split(/\s+/u).pop() ?? '')) return;
    }
    titleOf(env, { person, body, title });
  });
}

/**
 * The gap between a quoted holder and the person without the quotation mark that closes the
 * holder's name ('"Y," X'); an unopened mark stays, so a quotation that ends after an unquoted
 * holder ('"... the head of Y," X said') keeps X from the title.
 */
function closedQuote(between: string, opened: boolean): string {
  return opened ? between.replace(QUOTE_CLOSE, '$1') : between;
}

/**
 * The state's mention right before body `at` when the body stands for that state ("Chinese" in
 * "the Chinese foreign ministry"), else undefined.
 */
function stateOpening(env: RoleEnv, mentions: readonly Mention[], at: number): Mention | undefined {
  const body = mentions[at];
  const state = mentions[at - 1];
  if (body?.type !== 'Organization' || state?.type !== 'State') return undefined;
  if (env.ctx.actor(body.entityId)?.id !== state.entityId) return undefined;
  return /^\s+$/u.test(env.ctx.analysis.text.slice(state.end, body.start)) ? state : undefined;
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
  // "the head of the Chinese foreign ministry, X": a body standing for its state is a part of it,
  // whose head holds an office of the state without heading it.
  const stateBody = at.body.type === 'Organization' && holder.type === 'State';
  const demoted = headsAPart(at.title) || foreignHeadTitle(sense, holder) || stateBody;
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
