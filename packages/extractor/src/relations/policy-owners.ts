import { z } from 'zod';
import { LowerWord, parseWordLists } from '../lexicon/word-lists.js';
import type { ActorRef } from './article-context.js';
import type { SentenceView, Unit } from './sentence-view.js';
import policyJson from './policy-nouns.json' with { type: 'json' };

const PolicyWordsSchema = z
  .object({
    classes: z.record(LowerWord, z.array(LowerWord).min(1)),
    premodifierClasses: z.array(LowerWord),
    ownerVerbs: z.array(LowerWord).min(1),
    verbClasses: z.record(LowerWord, LowerWord),
    determiners: z.array(LowerWord).min(1),
    governmentNouns: z.array(LowerWord).min(1),
    stanceNounDeniers: z.array(LowerWord).min(1),
    policyClauseOpeners: z.array(LowerWord).min(1),
  })
  .superRefine((lists, ctx) => {
    const named = (name: string, path: (string | number)[]): void => {
      if (lists.classes[name] === undefined)
        ctx.addIssue({ code: 'custom', path, message: `no class named "${name}"` });
    };
    lists.premodifierClasses.forEach((name, i) => named(name, ['premodifierClasses', i]));
    for (const [verb, name] of Object.entries(lists.verbClasses))
      named(name, ['verbClasses', verb]);
  });

export interface PolicyWords {
  /** Policy noun → its class ("move" → "step"). */
  classOf: ReadonlyMap<string, string>;
  premodifierClasses: ReadonlySet<string>;
  ownerVerbs: ReadonlySet<string>;
  verbClasses: ReadonlyMap<string, string>;
  determiners: ReadonlySet<string>;
  governmentNouns: ReadonlySet<string>;
  /** "drew no criticism", "little support": the stance noun is denied. */
  stanceNounDeniers: ReadonlySet<string>;
  /** "and", "while": a clause, and so the policy phrase as its subject, may open after them. */
  policyClauseOpeners: ReadonlySet<string>;
}

let cached: PolicyWords | undefined;
export function policyWords(): PolicyWords {
  if (cached) return cached;
  const lists = parseWordLists(PolicyWordsSchema, policyJson, 'relations/policy-nouns.json');
  const classOf = new Map<string, string>();
  for (const [name, nouns] of Object.entries(lists.classes))
    for (const noun of nouns) classOf.set(noun, name);
  cached = {
    classOf,
    premodifierClasses: new Set(lists.premodifierClasses),
    ownerVerbs: new Set(lists.ownerVerbs),
    verbClasses: new Map(Object.entries(lists.verbClasses)),
    determiners: new Set(lists.determiners),
    governmentNouns: new Set(lists.governmentNouns),
    stanceNounDeniers: new Set(lists.stanceNounDeniers),
    policyClauseOpeners: new Set(lists.policyClauseOpeners),
  };
  return cached;
}

interface Claim {
  sentence: number;
  token: number;
  policy: string;
  actor: ActorRef;
}

/** How many sentences back a policy noun may find the owner the discourse named. */
const WINDOW = 6;
/** Words a verb's object may hold before its policy noun ("a new three-year plan"). */
const OBJECT_REACH = 4;
const VERB_ADVERBS: ReadonlySet<string> = new Set(['has', 'have', 'had', 'also', 'formally']);
const WORD = /^[\p{Ll}\p{N}-]+$/u;
const OWNING_PRONOUN = /\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er) /;

/**
 * Who owns the policies an article names ("Washington's move", "the US decision", "X unveiled a
 * plan", "the step announced by X", "X decided to"), sentence by sentence, so that a later "backed
 * the proposals" finds the owner the discourse named last.
 */
export class PolicyOwners {
  private readonly claims: Claim[] = [];
  private readonly words = policyWords();

  /** Records the owners a sentence names; call before its frames run. */
  record(view: SentenceView): void {
    for (const unit of view.units) if (unit.actor) this.recordUnit(view, unit);
    // One test of the text spares the token walk of most sentences.
    if (!OWNING_PRONOUN.test(view.sentenceText)) return;
    // Only the first person, and the first other actor, may own a later pronoun.
    let person = false;
    let other = false;
    for (const unit of view.units) {
      if (unit.actor === undefined) continue;
      const isPerson = unit.actor.type === 'Person';
      if (isPerson ? person : other) continue;
      if (isPerson) person = true;
      else other = true;
      this.pronounOwned(view, unit, isPerson);
    }
  }

  /**
   * The owner of a policy of `policy`'s class named last before token `token` of sentence
   * `sentence`; undefined when that sentence names two owners or one of `own`.
   */
  ownerBefore(
    policy: string,
    sentence: number,
    token: number,
    own: ReadonlySet<string>,
  ): ActorRef | undefined {
    let found: ActorRef | undefined;
    let at = -1;
    for (let i = this.claims.length - 1; i >= 0; i--) {
      const claim = this.claims[i];
      if (claim === undefined || claim.policy !== policy) continue;
      if (claim.sentence === sentence && claim.token >= token) continue;
      if (at >= 0 && claim.sentence !== at) break;
      if (claim.sentence < sentence - WINDOW) break;
      if (own.has(claim.actor.id)) return undefined;
      if (found !== undefined && found.id !== claim.actor.id) return undefined;
      found = claim.actor;
      at = claim.sentence;
    }
    return found;
  }

  private recordUnit(view: SentenceView, unit: Unit): void {
    const { words } = view;
    const t = unit.lastToken + 1;
    // "Washington's move", "the EU's new proposal".
    if (words[t] === "'s") return this.nounWithin(view, unit, t + 1, OBJECT_REACH);
    // "the US decision", "a French proposal".
    const premodified = this.words.classOf.get(words[t] ?? '');
    if (premodified !== undefined && this.words.premodifierClasses.has(premodified))
      this.claim(view, t, premodified, unit);
    // "the move announced on Monday by X", "a proposal from X".
    const before = words[unit.firstToken - 1];
    if (before === 'by') this.agentOf(view, unit, unit.firstToken - 1);
    if (before === 'from' && this.words.classOf.get(words[unit.firstToken - 2] ?? '') === 'plan')
      this.claim(view, unit.firstToken - 2, 'plan', unit);
    // "X unveiled a plan", "X has decided to".
    let v = t;
    while (VERB_ADVERBS.has(words[v] ?? '')) v++;
    const verb = words[v] ?? '';
    const alone = this.words.verbClasses.get(verb);
    if (alone !== undefined) this.claim(view, v, alone, unit);
    if (this.words.ownerVerbs.has(verb)) this.nounWithin(view, unit, v + 1, OBJECT_REACH);
  }

  /** The first policy noun within `reach` plain words from `from`, claimed for `unit`. */
  private nounWithin(view: SentenceView, unit: Unit, from: number, reach: number): void {
    for (let k = from; k < from + reach && k < view.words.length; k++) {
      const word = view.words[k] ?? '';
      const policy = this.words.classOf.get(word);
      if (policy !== undefined) return this.claim(view, k, policy, unit);
      if (!WORD.test(word) || word === 'of' || (view.unitAt[k] ?? -1) >= 0) return;
    }
  }

  /** "the step announced on Monday by X": a policy noun a few plain words before "by". */
  private agentOf(view: SentenceView, unit: Unit, by: number): void {
    for (let k = by - 1; k >= Math.max(0, by - 5); k--) {
      const word = view.words[k] ?? '';
      const policy = this.words.classOf.get(word);
      if (policy !== undefined) return this.claim(view, k, policy, unit);
      if (!WORD.test(word) || (view.unitAt[k] ?? -1) >= 0) return;
    }
  }

  /**
   * "The US faced criticism over its decision": "its"/"their" after one organization or state,
   * "his"/"her" after one person (`person`), the first of its kind in the sentence.
   */
  private pronounOwned(view: SentenceView, unit: Unit, person: boolean): void {
    const pronouns = person ? ['his', 'her'] : ['its', 'their'];
    for (let k = unit.lastToken + 1; k < view.words.length - 1; k++) {
      // The pronoun's antecedent is the nearest actor: another one before it may be meant.
      if (view.units[view.unitAt[k] ?? -1]?.actor) return;
      if (!pronouns.includes(view.words[k] ?? '')) continue;
      const policy = this.words.classOf.get(view.words[k + 1] ?? '');
      if (policy !== undefined) this.claim(view, k + 1, policy, unit);
    }
  }

  private claim(view: SentenceView, token: number, policy: string, unit: Unit): void {
    if (unit.actor === undefined) return;
    this.claims.push({ sentence: view.sentence.index, token, policy, actor: unit.actor });
  }
}
