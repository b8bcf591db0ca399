import { actEvaluationWords } from './act-evaluation-words.js';
import type { FrameEnv } from './frame-env.js';
import { policyWords } from './policy-owners.js';
import { isQuoteMark } from './quoted-predicate.js';
import { discoursePolicyOwner } from './policy-target.js';
import type { SentenceView } from './sentence-view.js';
import type { Side } from './subject.js';
import { sideOf } from './target.js';
import { POSSESSIVES } from './word-classes.js';

/** An act phrase and who owns it: "Y's decision", "the move by Y", "the US decision". */
export interface OwnedAct {
  owner: Side;
  /** The act noun's token. */
  noun: number;
  /** The phrase's last token (the noun, or the owner after "by"). */
  end: number;
}

/** Plain words between the owner or determiner and the act noun: "Y's human rights record". */
const MODIFIER = /^\p{Ll}[\p{Ll}-]*$/u;
const REACH = 3;
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'a', 'its', 'their']);

/**
 * The owner of an act phrase opening at `from`: a named actor's possessive ("China's human rights
 * record", "Y's decision to ..."), an act "by" a named actor ("the move by Y"), a state or body
 * right before a decision or plan ("the US decision"), or an act the discourse gave an owner
 * ("the decision", `discourse` set). A pronoun's act ("its decision") is no one's here.
 */
export function ownedActAt(env: FrameEnv, from: number, discourse = false): OwnedAct | undefined {
  const { view } = env;
  if ((view.unitAt[from] ?? -1) >= 0) return possessed(view, from) ?? demonymOwned(view, from);
  // "moves by Y to close the border": a bare plural act owned by its agent.
  if (!DETERMINERS.has(view.words[from] ?? '')) return byOwner(view, from - 1);
  // "the Italian government's decision".
  if (
    (view.unitAt[from + 1] ?? -1) >= 0 &&
    POSSESSIVES.has(view.words[unitEnd(view, from + 1) + 1] ?? '')
  )
    return possessed(view, from + 1);
  return (
    byOwner(view, from) ?? premodified(view, from) ?? (discourse ? unowned(env, from) : undefined)
  );
}

/** "Y's decision": a named actor's unit opening at `from`, its possessive and an act noun. */
function possessed(view: SentenceView, from: number): OwnedAct | undefined {
  const u = view.unitAt[from] ?? -1;
  const unit = view.units[u];
  if (unit?.actor === undefined || unit.firstToken !== from) return undefined;
  if (!POSSESSIVES.has(view.words[unit.lastToken + 1] ?? '')) return undefined;
  const noun = actNoun(view, unit.lastToken + 2);
  const owner = sideOf(view, u);
  return noun === undefined || owner === undefined ? undefined : { owner, noun, end: noun };
}

/** "Russian actions", "Chinese military activities": a demonym opening the act phrase. */
function demonymOwned(view: SentenceView, from: number): OwnedAct | undefined {
  const u = view.unitAt[from] ?? -1;
  const unit = view.units[u];
  if (unit?.actor === undefined || unit.mention.kind !== 'demonym' || unit.firstToken !== from)
    return undefined;
  const noun = actNoun(view, unit.lastToken + 1);
  const owner = sideOf(view, u);
  return noun === undefined || owner === undefined ? undefined : { owner, noun, end: noun };
}

function unitEnd(view: SentenceView, t: number): number {
  return view.units[view.unitAt[t] ?? -1]?.lastToken ?? t;
}

/** The act noun heading a phrase from `from`, past a few plain modifiers. */
function actNoun(view: SentenceView, from: number): number | undefined {
  const { actNouns, agentOfNouns } = actEvaluationWords();
  for (let k = from; k < from + REACH + 1 && k < view.words.length; k++) {
    if ((view.unitAt[k] ?? -1) >= 0) return undefined;
    const word = view.words[k] ?? '';
    // "the decision-making", "the policy shift": the act noun must head its phrase.
    const next = view.words[k + 1] ?? '';
    if (actNouns.has(word) && !actNouns.has(next)) return k;
    if (agentOfNouns.has(word) && next === 'of') return k;
    // "the 'historic' decision": a quoted modifier keeps its marks.
    if (!MODIFIER.test(word) && !isQuoteMark(word)) return undefined;
  }
  return undefined;
}

/**
 * "the decision by Y", "the decision by the European Commission", "the plans of Y": the agent
 * after "by", or after "of" when the noun is one an owner holds, not one done to what follows
 * ("the plans of the Commission", never "the handling of Y").
 */
function byOwner(view: SentenceView, from: number): OwnedAct | undefined {
  const noun = actNoun(view, from + 1);
  if (noun === undefined) return undefined;
  const link = view.words[noun + 1];
  if (
    link !== 'by' &&
    !(link === 'of' && actEvaluationWords().ofOwnedNouns.has(view.words[noun] ?? ''))
  )
    return undefined;
  const at = view.words[noun + 2] === 'the' ? noun + 3 : noun + 2;
  const u = view.unitAt[at] ?? -1;
  const unit = view.units[u];
  if (unit?.actor === undefined || unit.firstToken !== at) return undefined;
  // "the move by Y's government": the possessed body acts, which the token reading leaves.
  if (POSSESSIVES.has(view.words[unit.lastToken + 1] ?? '')) return undefined;
  const owner = sideOf(view, u);
  return owner === undefined ? undefined : { owner, noun, end: owner.lastToken };
}

/**
 * "the US decision", "the French proposal": a state or body right before a decision or a plan
 * owns it; before a measure it is often its target ("the Russia sanctions") and is left alone.
 */
function premodified(view: SentenceView, from: number): OwnedAct | undefined {
  const u = view.unitAt[from + 1] ?? -1;
  const unit = view.units[u];
  if (unit?.actor === undefined || unit.actor.type === 'Person' || unit.firstToken !== from + 1)
    return undefined;
  const words = policyWords();
  const noun = unit.lastToken + 1;
  const policy = words.classOf.get(view.words[noun] ?? '');
  if (policy === undefined || !words.premodifierClasses.has(policy)) return undefined;
  if (words.classOf.has(view.words[noun + 1] ?? '')) return undefined;
  const owner = sideOf(view, u);
  return owner === undefined ? undefined : { owner, noun, end: noun };
}

/** "the decision" the discourse gave an owner ("France announced ... The decision ..."). */
function unowned(env: FrameEnv, from: number): OwnedAct | undefined {
  const found = discoursePolicyOwner(env, from);
  return found === undefined
    ? undefined
    : { owner: found.owner, noun: found.noun, end: found.noun };
}

const CLAUSE_OPENERS: ReadonlySet<string> = new Set([',', ...policyWords().policyClauseOpeners]);
const DENIERS = policyWords().stanceNounDeniers;
/** Plain words a clause's verb may take before the cue: "drew sharp criticism", "was". */
const VERB_REACH = 7;

/**
 * "The decision by Y drew criticism from X", "The move by Y was criticised by X": an act owned
 * "by" a named actor, opening the clause a few plain words before the cue, is the one judged.
 */
export function byOwnedSubject(env: FrameEnv, cueToken: number): Side | undefined {
  const { view } = env;
  let t = cueToken - 1;
  for (; t >= Math.max(0, cueToken - VERB_REACH) && (view.unitAt[t] ?? -1) < 0; t--) {
    const word = view.words[t] ?? '';
    if (!/^\p{Ll}+$/u.test(word) || DENIERS.has(word)) return undefined;
  }
  const u = view.unitAt[t] ?? -1;
  const side = u >= 0 ? sideOf(view, u) : undefined;
  if (side === undefined || view.words[side.firstToken - 1] !== 'by') return undefined;
  for (let d = side.firstToken - 3; d >= Math.max(0, side.firstToken - 3 - REACH); d--) {
    if (!DETERMINERS.has(view.words[d] ?? '')) continue;
    const act = byOwner(view, d);
    const opens = d === 0 || CLAUSE_OPENERS.has(view.words[d - 1] ?? '');
    return act !== undefined && act.end === side.lastToken && opens ? act.owner : undefined;
  }
  return undefined;
}
