import { relationConfidence, strength } from './confidence.js';
import { emit, type FrameEnv } from './frame-env.js';
import { chargeWords } from './charge-words.js';
import { deniedActOwners } from './act-antecedents.js';
import { isNonFactual } from './modality.js';
import type { SentenceView } from './sentence-view.js';
import { findSubject, type Side } from './subject.js';
import { sideOf } from './target.js';
import { DETERMINERS, POSSESSIVES } from './word-classes.js';

const {
  denyVerbs: DENY_VERBS,
  chargeNouns: CHARGE_NOUNS,
  accusationNouns: ACCUSATIONS,
} = chargeWords();
/**
 * "den": the start every form of the deny verb shares, for a plain test of the sentence's text
 * before its tokens are read (most sentences deny nothing). Lower-case letters only, so safe in
 * a pattern as they are.
 */
const DENY_STEM = new RegExp(sharedStart([...DENY_VERBS]), 'iu');
/** "the latest Indian charges": words between the verb and the charge noun. */
const OBJECT_REACH = 4;
/** "India's new and serious charges": tokens between the owner and the charge noun. */
const OWNER_REACH = 4;
/** "charges made by X", "accusations levelled by X": a participle before the agent's "by". */
const AGENT_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'from']);

/** The longest start all `words` share ('' when they share none). */
function sharedStart(words: readonly string[]): string {
  let stem = words[0] ?? '';
  for (const word of words) while (!word.startsWith(stem)) stem = stem.slice(0, -1);
  return stem;
}

/** The actor that owns or modifies a charge noun ("India's charges", "Indian charges"). */
function ownerBefore(view: SentenceView, noun: number): Side | undefined {
  for (let t = noun - 1; t >= noun - OWNER_REACH && t >= 0; t--) {
    const u = view.unitAt[t] ?? -1;
    if (u >= 0) return view.units[u]?.actor ? sideOf(view, u) : undefined;
    const word = view.words[t] ?? '';
    // "India's latest charges": the possessive and adjectives between owner and noun.
    if (!POSSESSIVES.has(word) && !/^\p{Ll}+$/u.test(word)) return undefined;
    if (DETERMINERS.has(word)) return undefined;
  }
  return undefined;
}

/** The actor after "by" or "from" right after the noun, perhaps after a participle. */
function agentAfter(view: SentenceView, noun: number): Side | undefined {
  let t = noun + 1;
  if (!AGENT_PREPOSITIONS.has(view.words[t] ?? '')) t++;
  if (!AGENT_PREPOSITIONS.has(view.words[t] ?? '')) return undefined;
  const u = view.unitAt[t + 1] ?? -1;
  return view.units[u]?.actor ? sideOf(view, u) : undefined;
}

/**
 * The actor whose charge the verb at `verb` denies, read in the object right after it, and
 * whether the charge accuses (`accusationNouns`).
 */
function accuser(view: SentenceView, verb: number): { side: Side; accuses: boolean } | undefined {
  for (let t = verb + 1; t <= verb + OBJECT_REACH && t < view.words.length; t++) {
    const word = view.words[t] ?? '';
    if (CHARGE_NOUNS.has(word)) {
      const side = ownerBefore(view, t) ?? agentAfter(view, t);
      return side ? { side, accuses: ACCUSATIONS.has(word) } : undefined;
    }
    if (word === ',' || word === 'that' || word === 'any') return undefined;
  }
  return undefined;
}

/**
 * "Pakistan denied Indian charges of aiding militants", "X denies the accusations by Y": denying
 * an actor's charge, accusation or claim rejects that actor's position, so X opposes Y; a charge
 * or accusation accused X, so Y opposes X as well.
 */
export function deniedCharge(env: FrameEnv): void {
  const { view } = env;
  if (!DENY_STEM.test(view.sentenceText)) return;
  for (let t = 1; t < view.words.length - 1; t++) {
    if (!DENY_VERBS.has(view.words[t] ?? '')) continue;
    const source = findSubject({ ctx: env.ctx, cues: env.cues, view, cueToken: t, reach: 'verb' });
    if (source === undefined || isNonFactual(env.cues, view, source.firstToken, t)) continue;
    // "Thailand accused Vietnam ... Vietnam denied the charge": the accuser's own act is earlier.
    const antecedent = deniedActOwners(env, t + 1, source);
    const charge = accuser(view, t) ?? (antecedent && { side: antecedent, accuses: false });
    if (!charge) continue;
    const target = charge.side;
    const confidence = relationConfidence({
      base: strength('denied-charge'),
      ends: [source.certainty, target.certainty],
    });
    for (const s of source.actors)
      for (const o of target.actors) {
        if (s.id === o.id) continue;
        emit(env, 'OPPOSES', s, o, confidence);
        // "X denied Indian charges": India accused X.
        if (charge.accuses) emit(env, 'OPPOSES', o, s, confidence);
      }
  }
}
