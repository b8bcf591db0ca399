import { z } from 'zod';
import { LowerWord, parseWordLists } from '../lexicon/word-lists.js';
import type { ActorRef } from './article-context.js';
import { strength } from './confidence.js';
import candidatesJson from './party-candidates.json' with { type: 'json' };
import { emitRole, gap, type RoleEnv } from './title-env.js';
import { organizationKind } from './title-generic.js';

const CandidatesSchema = z.object({
  description: z.string(),
  candidateNouns: z.array(LowerWord).min(1),
});

let candidateNouns: ReadonlySet<string> | undefined;

/** The nouns of party-candidates.json, validated once. */
export function partyCandidateNouns(): ReadonlySet<string> {
  candidateNouns ??= new Set(
    parseWordLists(CandidatesSchema, candidatesJson, 'relations/party-candidates.json')
      .candidateNouns,
  );
  return candidateNouns;
}

function isCandidateNoun(word: string): boolean {
  return partyCandidateNouns().has(word.toLowerCase());
}

// After the party: an optional possessive, at most two lower-case words, the noun (group 1),
// then the name (BEFORE_NAME) or the end of the apposition (AFTER_NAME).
const BEFORE_NAME = /^(?:['’]s)?\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?(\p{Ll}[\p{L}-]*),?\s+$/u;
const AFTER_NAME = /^(?:['’]s)?\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?(\p{Ll}[\p{L}-]*)\s*(?:[,;.)]|$)/u;

/**
 * "Labour candidate X", "the Socialist Party's candidate, X,", "X, the Republican presidential
 * nominee": the party that puts a person forward (party-candidates.json), right before the name
 * or in apposition right after it. The person belongs to it.
 */
export function candidateParty(env: RoleEnv, u: number): ActorRef | undefined {
  const { view } = env;
  const person = view.units[u];
  if (person === undefined) return undefined;
  const before = view.units[u - 1];
  if (before?.mention.type === 'Organization') {
    const noun = BEFORE_NAME.exec(gap(view, before.end, person.start))?.[1];
    const party = noun === undefined ? undefined : partyOf(env, before.mention.entityId, noun);
    if (party) return party;
  }
  const end = person.mention.end;
  // Cheapest test first: a comma right after the name.
  if (view.sentenceText.charAt(end - view.sentence.start) !== ',') return undefined;
  // The party in apposition may be folded into the person's unit: read the sentence's mentions.
  const mentions = env.ctx.mentionsBySentence.get(view.sentence.index) ?? [];
  const after = mentions.find((m) => m.start >= end);
  if (after?.type !== 'Organization' || !/^,\s+(?:the|a)\s+$/u.test(gap(view, end, after.start)))
    return undefined;
  const from = after.end - view.sentence.start;
  const noun = AFTER_NAME.exec(view.sentenceText.slice(from, from + 60))?.[1];
  return noun === undefined ? undefined : partyOf(env, after.entityId, noun);
}

function partyOf(env: RoleEnv, id: string, noun: string): ActorRef | undefined {
  if (!isCandidateNoun(noun)) return undefined;
  if (organizationKind(env.ctx.entities.get(id)) !== 'party') return undefined;
  return env.ctx.actor(id);
}

/** The party a candidate belongs to, as MEMBER_OF (confidence of a party named with a title). */
export function candidateMembership(env: RoleEnv, person: ActorRef, u: number): void {
  const party = candidateParty(env, u);
  if (party)
    emitRole(env, {
      type: 'MEMBER_OF',
      source: person,
      target: party,
      confidence: strength('title-party'),
    });
}
