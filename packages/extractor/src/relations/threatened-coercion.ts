import { coercionWords } from './coercion-words.js';
import type { CueForm } from './cue-lexicon.js';
import type { CueHit } from './cue-matches.js';
import { emitPairs, subjectOf, targetOf, type FrameEnv } from './frame-env.js';
import { isNonFactual } from './modality.js';
import type { SentenceView } from './sentence-view.js';
import { PUNCTUATION } from './word-classes.js';

const THREATS = coercionWords().threatVerbs;
/** Words allowed between the verb of threat and a coercive noun ("threatened new trade sanctions"). */
const NOUN_REACH = 3;
/** How far the target may stand after the threatened act ("to impose punitive tariffs on Y"). */
const OBJECT_REACH = 6;
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([',', ';', 'that', 'which', 'who', 'whose']);

/**
 * "X threatened to sanction / attack Y", "X threatens new sanctions against Y": a threat of a
 * coercive act is itself an act against Y (CAMEO 13, threaten), though the act threatened is
 * not a fact. Read for opposing verb and noun cues right after the verb of threat; the source is
 * the threat's subject, and a denied, modal, questioned or conditional threat gives nothing.
 * A threat of support ("threatened to back Y") is no stance.
 */
export function threatenedCoercion(env: FrameEnv, hits: readonly CueHit[]): void {
  const { view } = env;
  for (const hit of hits) {
    const form = hit.forms.find((f) => f.family.relation === 'OPPOSES');
    if (form === undefined) continue;
    const threat = threatBefore(view, hit, form);
    if (threat < 0) continue;
    const source = subjectOf(env, { ...hit, startToken: threat, endToken: threat + 1 }, 'verb');
    if (source === undefined || isNonFactual(env.cues, view, source.firstToken, threat)) continue;
    const target = targetOf(env, hit, form);
    if (target === undefined || target.actors.some((a) => source.actors.includes(a))) continue;
    if (!nearObject(view, hit.endToken, target.firstToken)) continue;
    emitPairs(env, form, source, target, hit);
  }
}

/**
 * The target stands in the threatened act's own object, not in a clause on it ("threatened to
 * veto the bill that allows lawsuits against Y" threatens the bill, not Y).
 */
function nearObject(view: SentenceView, from: number, to: number): boolean {
  if (to - from > OBJECT_REACH) return false;
  for (let t = from; t < to; t++) if (CLAUSE_OPENERS.has(view.words[t] ?? '')) return false;
  return true;
}

/** The verb of threat governing the cue: "threatened to <verb>", "threatened (new) <noun>"; -1. */
function threatBefore(view: SentenceView, hit: CueHit, form: CueForm): number {
  const { words } = view;
  const { frame } = form.family;
  if (frame === 'verb') {
    if (form.shape !== 'bare' || words[hit.startToken - 1] !== 'to') return -1;
    return THREATS.has(words[hit.startToken - 2] ?? '') ? hit.startToken - 2 : -1;
  }
  if (frame !== 'noun') return -1;
  for (let t = hit.startToken - 1; t >= Math.max(0, hit.startToken - 1 - NOUN_REACH); t--) {
    const word = words[t] ?? '';
    if (THREATS.has(word)) return t;
    if ((view.unitAt[t] ?? -1) >= 0 || PUNCTUATION.test(word) || !/^\p{Ll}/u.test(word)) return -1;
  }
  return -1;
}
