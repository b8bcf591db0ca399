import type { Mention } from '../types.js';
import { anaphorWords } from './member-anaphor.js';
import { NOT_MEMBER_NOUNS, isMemberBody } from './member-bodies.js';
import { emitRole, type RoleEnv } from './title-env.js';
import { strength } from './confidence.js';

// "NATO's members include", "the EU, whose 27 member states include", "the bloc's member
// countries, including": the body's members, at most two words before the noun, then the list.
const MEMBERS_AFTER =
  /^(?:['’]s?|,\s+whose)\s+((?:[\p{Ll}\d-]+\s+){0,2})members?(?:\s+states|\s+countries|\s+nations)?(?:\s+includes?|,\s+including|,?\s+such\s+as)\s+$/u;
// "The EU's newest member, Croatia,", "NATO's members, Poland and Estonia,": in apposition.
const MEMBERS_APPOSED =
  /^['’]s?\s+((?:[\p{Ll}\d-]+\s+){0,2})members?(?:\s+states|\s+countries|\s+nations)?\s*,\s+$/u;
// "the members of NATO include X and Y".
const MEMBERS_OF_BEFORE = /\bmembers\s+of\s+(?:the\s+)?$/u;
const INCLUDE_AFTER = /^\s+includes?\s+$/u;
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/u;

/**
 * "NATO's members include Poland and Estonia", "the EU, whose member states include X",
 * "the members of the Likud include X": each state, body or person listed belongs to the body
 * (present tense only: "the Warsaw Pact's members included X" names no member now). Not after
 * "former", "future" or another word for one who is no member now.
 */
export function includedMembers(env: RoleEnv): void {
  const mentions = env.ctx.mentionsBySentence.get(env.view.sentence.index) ?? [];
  const text = env.ctx.analysis.text;
  mentions.forEach((body, i) => {
    if (body.type !== 'Organization') return;
    const first = mentions[i + 1];
    if (first === undefined || !/inclu|such|mem/u.test(text.slice(body.end, first.start))) return;
    const apposed = MEMBERS_APPOSED.exec(text.slice(body.end, first.start));
    if (!(apposed ? memberNow(apposed[1]) : listOpens(text, body, first))) return;
    const list = listFrom(mentions, i + 1, text);
    if (apposed && !closesApposition(env, text.slice(list.at(-1)?.end ?? first.end))) return;
    for (const member of list) emitMember(env, member, body);
  });
}

function listOpens(text: string, body: Mention, first: Mention): boolean {
  const gap = text.slice(body.end, first.start);
  const words = MEMBERS_AFTER.exec(gap)?.[1];
  if (words !== undefined) return memberNow(words);
  const before = text.slice(Math.max(0, body.start - 20), body.start).toLowerCase();
  return INCLUDE_AFTER.test(gap) && MEMBERS_OF_BEFORE.test(before);
}

/** No "former", "future" or other word for one who is no member now among `words`. */
/** No word before the member noun says the member is one no more or not yet ("former", "would-be"). */
export function memberNow(words: string | undefined): boolean {
  const notYet = anaphorWords().notYet;
  return (words ?? '')
    .trim()
    .split(/\s+/u)
    .every((w) => w === '' || !(NOT_MEMBER_NOUNS.has(w) || notYet.has(w)));
}

/** The apposed list ends its phrase ("Croatia, objected"), and no speech verb follows it. */
function closesApposition(env: RoleEnv, rest: string): boolean {
  const match = /^\s*(?:[,;)–—-]\s*(\p{Ll}+)?|[.!?]|$)/u.exec(rest);
  return match !== null && !env.cues.context.speechVerbs.has(match[1] ?? '');
}

/** The actors listed from mention `from` on, joined by commas and "and". */
export function listFrom(mentions: readonly Mention[], from: number, text: string): Mention[] {
  const out: Mention[] = [];
  for (let k = from; k < mentions.length; k++) {
    const m = mentions[k];
    if (m === undefined || m.type === 'Location' || m.type === 'Event') break;
    out.push(m);
    const next = mentions[k + 1];
    if (next === undefined || !LIST_GAP.test(text.slice(m.end, next.start))) break;
  }
  return out;
}

/** A person belongs only to a body of people (a party, club, company); a state to any body. */
/** MEMBER_OF of a listed member to a body that has members (a person only of a body of people). */
export function emitMember(env: RoleEnv, member: Mention, body: Mention): void {
  const source = env.ctx.actor(member.entityId);
  const target = env.ctx.actor(body.entityId);
  if (source === undefined || target?.type !== 'Organization') return;
  if (env.ctx.isGovernmentBody(target.id)) return;
  if (source.type === 'Person' && !isMemberBody(env.ctx, target.id)) return;
  emitRole(env, { type: 'MEMBER_OF', source, target, confidence: strength('list-member') });
}
