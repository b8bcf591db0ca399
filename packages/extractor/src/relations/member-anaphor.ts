import { z } from 'zod';
import type { Mention } from '../types.js';
import { LowerWord, parseWordLists } from '../lexicon/word-lists.js';
import { NOT_MEMBER_NOUNS } from './member-bodies.js';
import { emitRole, type RoleEnv } from './title-env.js';
import { organizationKind } from './title-generic.js';
import { COPULAS } from './word-classes.js';
import { strength } from './confidence.js';
import anaphorJson from './member-anaphor.json' with { type: 'json' };

const AnaphorWordsSchema = z.object({
  bodyNouns: z.array(LowerWord).min(1),
  linkAdverbs: z.array(LowerWord).min(1),
  notYetWords: z.array(z.string().regex(/^\p{Ll}[\p{Ll}-]*$/u)).min(1),
});

interface AnaphorWords {
  notYet: ReadonlySet<string>;
  /** "members of the alliance", sticky at "member": group 1 the body's noun. */
  memberOf: RegExp;
  /** "the league's" right before "members": group 1 the body's noun. */
  possessive: RegExp;
  /** From the last state to "member": ", also a founding", " are already": group 1 the words. */
  link: RegExp;
}

let cached: AnaphorWords | undefined;
export function anaphorWords(): AnaphorWords {
  if (cached) return cached;
  const lists = parseWordLists(AnaphorWordsSchema, anaphorJson, 'relations/member-anaphor.json');
  const nouns = lists.bodyNouns.join('|');
  const copulas = [...COPULAS].filter((w) => /^\p{L}+$/u.test(w)).join('|');
  cached = {
    notYet: new Set(lists.notYetWords),
    memberOf: new RegExp(String.raw`[Mm]embers?\s+of\s+the\s+(${nouns})\b`, 'uy'),
    possessive: new RegExp(String.raw`\bthe\s+(${nouns})['’]s\s+(?:\p{Ll}+\s+){0,2}$`, 'iu'),
    link: new RegExp(
      String.raw`^(?:,|\s+(?:${copulas}))\s+(?:(?:${lists.linkAdverbs.join('|')})\s+)?(?:(?:a|an|the)\s+)?((?:\p{Ll}[\p{Ll}-]*\s+){0,3})$`,
      'u',
    ),
  };
  return cached;
}

// ", including X", " such as X", ", among them X": a list of members after the body.
const INCLUDING = /^,?\s+(?:including|such\s+as|like|among\s+them)\s+$/iu;
// Only describing words before "member": "Norway is to become a member" is no link.
const FUNCTION = /^(?:a|an|the|to)$/u;
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/u;

/**
 * States named as members of a body of states that the sentence calls by a common noun, the one
 * body of that kind or name the article names: "France and Germany, also members of the
 * alliance", "Egypt, a member of the movement", "Egypt and Jordan are members of the league",
 * "the league's members, including Egypt and Jordan", "members of the bloc such as Poland"
 * (GUIDELINES: MEMBER_OF, a state in an alliance). Nothing when two bodies fit the noun, when
 * the words before "member" make none now ("a former", "a prospective member", "not a member"),
 * or for anyone but a state.
 */
export function anaphoricMembers(env: RoleEnv): void {
  const sentence = env.view.sentenceText;
  // The cheap tests first: the word ("member", "Member"), then a state in the sentence.
  let at = sentence.indexOf('ember');
  if (at < 1) return;
  const mentions = env.ctx.mentionsBySentence.get(env.view.sentence.index) ?? [];
  if (!mentions.some((m) => m.type === 'State')) return;
  const words = anaphorWords();
  const base = env.view.sentence.start;
  for (; at >= 1; at = sentence.indexOf('ember', at + 5)) {
    const from = at - 1;
    words.memberOf.lastIndex = from;
    const of = words.memberOf.exec(sentence);
    const ofBody = of ? bodyFor(env, of[1] ?? '') : undefined;
    if (of && ofBody) {
      const end = base + from + of[0].length;
      for (const state of [
        ...statesBefore(env, mentions, base + from),
        ...statesAfter(env, mentions, end),
      ])
        member(env, state, ofBody);
    }
    if (!sentence.startsWith('members', from)) continue;
    const owner = words.possessive.exec(sentence.slice(Math.max(0, from - 60), from));
    const owned = owner ? bodyFor(env, owner[1] ?? '') : undefined;
    if (owned)
      for (const state of statesAfter(env, mentions, base + from + 7)) member(env, state, owned);
  }
}

/** "France and Germany, also members of": the states right before, linked to "member". */
function statesBefore(env: RoleEnv, mentions: readonly Mention[], at: number): Mention[] {
  const i = mentions.findLastIndex((m) => m.end <= at);
  const last = mentions[i];
  if (last?.type !== 'State') return [];
  const text = env.ctx.analysis.text;
  const link = anaphorWords().link.exec(text.slice(last.end, at));
  if (link === null || !nowMember(link[1] ?? '')) return [];
  const out = [last];
  for (let k = i - 1; k >= 0; k--) {
    const m = mentions[k];
    const next = mentions[k + 1];
    if (m?.type !== 'State' || !next || !LIST_GAP.test(text.slice(m.end, next.start))) break;
    out.push(m);
  }
  return out;
}

/** "members of the league, including Egypt, Jordan and Kuwait": the states listed after. */
function statesAfter(env: RoleEnv, mentions: readonly Mention[], at: number): Mention[] {
  const i = mentions.findIndex((m) => m.start >= at);
  const first = mentions[i];
  const text = env.ctx.analysis.text;
  if (first?.type !== 'State' || !INCLUDING.test(text.slice(at, first.start))) return [];
  const out = [first];
  for (let k = i + 1; k < mentions.length; k++) {
    const m = mentions[k];
    const prev = mentions[k - 1];
    if (m?.type !== 'State' || !prev || !LIST_GAP.test(text.slice(prev.end, m.start))) break;
    out.push(m);
  }
  return out;
}

/** No word that makes no member now: "a former", "a prospective", "a would-be member". */
function nowMember(words: string): boolean {
  const notYet = anaphorWords().notYet;
  return words
    .trim()
    .split(/\s+/u)
    .every((w) => w === '' || !(NOT_MEMBER_NOUNS.has(w) || notYet.has(w) || FUNCTION.test(w)));
}

/** The one organization the article names that the noun fits, by its kind or a word of its name. */
function bodyFor(env: RoleEnv, noun: string): string | undefined {
  const word = noun.toLowerCase();
  let found: string | undefined;
  for (const entity of env.ctx.entities.values()) {
    if (entity.type !== 'Organization' || !env.ctx.mentionCounts.has(entity.id)) continue;
    if (env.ctx.isGovernmentBody(entity.id)) continue;
    const named = [entity.name, ...entity.aliases].some((name) =>
      name
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .includes(word),
    );
    if (!named && organizationKind(entity) !== word) continue;
    if (found !== undefined) return undefined;
    found = entity.id;
  }
  return found;
}

function member(env: RoleEnv, state: Mention, body: string): void {
  const source = env.ctx.actor(state.entityId);
  if (source === undefined) return;
  emitRole(env, {
    type: 'MEMBER_OF',
    source,
    target: { id: body, type: 'Organization' },
    confidence: strength('list-member'),
  });
}
