import type { Mention } from '../types.js';
import { emitMember, listFrom, memberNow } from './members-include.js';
import type { RoleEnv } from './title-env.js';

// "As a member of the EU,", "Poland, as a founding member of NATO,": up to one word before
// "member(s) of" (captured), right before the body.
const AS_MEMBER_OF =
  /(?:^|[\s,(])[Aa]s\s+(?:(?:a|an)\s+)?(?:([\p{Ll}-]+)\s+)?members?\s+of\s+(?:the\s+)?$/u;
// "As an EU member,", "Poland, as a NATO member state,": the body before the member noun.
const AS_BEFORE = /(?:^|[\s,(])[Aa]s\s+(?:(?:a|an)\s+)?(?:([\p{Ll}-]+)\s+)?$/u;
const MEMBER_NOUN_AFTER = /^\s+members?(?:\s+states?|\s+countr(?:y|ies)|\s+nations?)?(?=\s*,)/u;

/**
 * "As a member of the EU, Poland must comply", "As NATO members, Poland and Estonia ...",
 * "Poland, as a founding member of NATO, ...": the "as" phrase names what the clause's subject
 * is. The subject is the actor (or list of actors) right after the phrase's comma, or the one
 * right before a phrase set off by commas. Not "as a former member", "as a would-be member".
 */
export function asMembers(env: RoleEnv): void {
  const mentions = env.ctx.mentionsBySentence.get(env.view.sentence.index) ?? [];
  const text = env.ctx.analysis.text;
  mentions.forEach((body, i) => {
    if (body.type !== 'Organization') return;
    const from = Math.max(env.view.sentence.start, body.start - 40);
    const before = text.slice(from, body.start);
    if (!/[Aa]s\s/u.test(before)) return;
    const phrase = asPhrase(text, before, body);
    if (phrase === undefined) return;
    const after = mentions[i + 1];
    const prior = mentions[i - 1];
    // "Poland, as a member of NATO, ...": the actor before the phrase.
    if (prior && /^\s*,\s+$/u.test(text.slice(prior.end, from + phrase.start))) {
      if (/^\s*,/u.test(text.slice(phrase.end))) emitAs(env, prior, body, text);
      return;
    }
    const lead = text.slice(env.view.sentence.start, from + phrase.start);
    if (after && /^\s*,\s*$/u.test(text.slice(phrase.end, after.start)) && OPENER.test(lead))
      for (const member of listFrom(mentions, i + 1, text)) emitAs(env, member, body, text);
  });
}

// Before a fronted "as" phrase: nothing, or one capitalised word ("But", "However,").
const OPENER = /^\s*(?:\p{Lu}\p{Ll}*\s*,?\s+)?$/u;

/** The "as" phrase naming `body`: where "as" starts in `before`, where it ends in the text. */
function asPhrase(
  text: string,
  before: string,
  body: Mention,
): { start: number; end: number } | undefined {
  const of = AS_MEMBER_OF.exec(before);
  if (of) return memberNow(of[1]) ? { start: asStart(before, of), end: body.end } : undefined;
  const as = AS_BEFORE.exec(before);
  const noun = as ? MEMBER_NOUN_AFTER.exec(text.slice(body.end, body.end + 30)) : null;
  if (as === null || noun === null || !memberNow(as[1])) return undefined;
  return { start: asStart(before, as), end: body.end + noun[0].length };
}

/** The offset of "as" in a match that may open with the character before it. */
const asStart = (before: string, match: RegExpExecArray): number =>
  match.index + (/^[Aa]/u.test(match[0]) ? 0 : 1);

/** "Poland's government, as a member of NATO": a possessive names no member. */
function emitAs(env: RoleEnv, member: Mention, body: Mention, text: string): void {
  if (!/^['’]/u.test(text.slice(member.end))) emitMember(env, member, body);
}
