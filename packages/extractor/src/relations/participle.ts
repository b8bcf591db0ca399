import type { CueForm } from './cue-lexicon.js';
import type { CueHit } from './cue-matches.js';
import { JUDGED_AFTER } from './reduced-relative.js';
import { subjectOf, type FrameEnv } from './frame-env.js';
import type { Side } from './subject.js';
import { sideOf } from './target.js';
import { BE_AUXILIARIES, PUNCTUATION, isAdverb } from './word-classes.js';
import { endCertainty } from './confidence.js';
import { frameWords } from './frame-words.js';

/** How far a stance carrier may stand before its participle ("ads in three states attacking"). */
const CARRIER_REACH = 4;

/**
 * The actor of a participial adjunct, which shares the subject of the clause it hangs on:
 * "X sued the firm on Monday, accusing Y of fraud" (after a comma), "X released a statement
 * criticising Y", "X's ads attacking Y" (after a thing the actor issues: `stanceCarriers`).
 * Progressive forms ("is attacking") and gerunds used as nouns are read elsewhere.
 */
export function participleSubject(env: FrameEnv, hit: CueHit, form: CueForm): Side | undefined {
  const { view } = env;
  if (form.shape !== 'gerund') return relativeSubject(env, hit);
  const before = view.words[hit.startToken - 1] ?? '';
  if (BE_AUXILIARIES.has(before)) return undefined;
  if (before === ',') {
    // "..., X said, accusing Y of ...": the speaker accuses.
    const speech = hit.startToken - 2;
    if (env.cues.context.speechVerbs.has(view.words[speech] ?? ''))
      return lowered(subjectOf(env, { ...hit, startToken: speech }, 'verb'));
    return lowered(subjectOf(env, hit, 'clause'));
  }
  const carrier = carrierBefore(env, hit.startToken);
  if (carrier < 0 || defeatedCarrier(env, carrier)) return undefined;
  const owner = ownerOf(env, carrier);
  if (owner !== undefined) return lowered(owner);
  return lowered(issuer(env, hit, carrier));
}

/**
 * "X released a report that criticised Y", "X's ad, which attacks Y": a relative clause on a thing
 * the actor issued has the actor as its agent. The verb must follow "that"/"which" at once (an
 * adverb aside): "a statement that Y had lied" is the statement's content, not a relative clause.
 */
function relativeSubject(env: FrameEnv, hit: CueHit): Side | undefined {
  const { view } = env;
  let t = hit.startToken - 1;
  if (isAdverb(view.words[t] ?? '')) t--;
  const pronoun = view.words[t] ?? '';
  if (pronoun !== 'that' && pronoun !== 'which') return undefined;
  if (view.words[t - 1] === ',') t--;
  const carrier = carrierBefore(env, t, 1);
  if (carrier < 0) return undefined;
  const owner = ownerOf(env, carrier);
  if (owner !== undefined) return lowered(owner);
  return lowered(issuer(env, hit, carrier));
}

/**
 * "X released a report sharply critical of Y", "X made comments supportive of Y's bid": an
 * adjective of stance right after a thing the actor issues (an adverb may stand between) has the
 * carrier's owner or issuer as its source, as a participle there does.
 */
export function carrierAdjectiveSubject(env: FrameEnv, hit: CueHit): Side | undefined {
  const { view } = env;
  let t = hit.startToken - 1;
  if (isAdverb(view.words[t] ?? '')) t--;
  if (!env.cues.context.stanceCarriers.has(view.words[t] ?? '') || (view.unitAt[t] ?? -1) >= 0)
    return undefined;
  if (defeatedCarrier(env, t)) return undefined;
  return lowered(ownerOf(env, t) ?? issuer(env, hit, t));
}

const RECEIVING_VERBS = frameWords().receivingVerbs;

/**
 * The clause subject as the one who issued the carrier, unless a stance cue stands between them:
 * "X rejected a report criticising Y" is X against the report, not X against Y; nor did X issue
 * what it only took in ("X read a report criticising Y", "X received a letter attacking Y").
 */
function issuer(env: FrameEnv, hit: CueHit, carrier: number): Side | undefined {
  const subject = subjectOf(env, { ...hit, startToken: carrier }, 'clause');
  if (subject === undefined) return undefined;
  for (let t = subject.lastToken + 1; t < carrier; t++) {
    if (env.stanceVerbs?.has(t)) return undefined;
    if (RECEIVING_VERBS.has(env.view.words[t] ?? '')) return undefined;
    // "X was critical of (angry about) the campaign targeting Y": right before the carrier's
    // short phrase, what X judges, not what X issued; X stands against the campaign.
    if (t >= carrier - 2 && JUDGED_AFTER.has(env.view.words[t] ?? '')) return undefined;
  }
  return subject;
}

/** Token of the stance carrier the participle at `cueToken` modifies, or -1. */
function carrierBefore(env: FrameEnv, cueToken: number, reach = CARRIER_REACH): number {
  const { view, cues } = env;
  for (let t = cueToken - 1; t >= Math.max(0, cueToken - reach); t--) {
    const word = view.words[t] ?? '';
    if (cues.context.stanceCarriers.has(word) && (view.unitAt[t] ?? -1) < 0) return t;
    if (PUNCTUATION.test(word) || env.cueStarts.has(t)) return -1;
    if (view.units[view.unitAt[t] ?? -1]?.actor) return -1;
  }
  return -1;
}

/** "Clinton's statement", "a Kremlin statement": the actor right before the carrier owns it. */
function ownerOf(env: FrameEnv, carrier: number): Side | undefined {
  const { view } = env;
  let t = carrier - 1;
  if (view.words[t] === "'s") t--;
  const u = view.unitAt[t] ?? -1;
  return view.units[u]?.actor ? sideOf(view, u) : undefined;
}

const DEFEAT_VERBS = frameWords().defeatVerbs;
/** How many words of the carrier's phrase ("a UN draft") may stand after the verb defeating it. */
const DEFEATED_REACH = 4;

/**
 * "Russia vetoed a UN resolution condemning Y", "the House voted down a bill punishing Y": the
 * carrier never took effect, so the stance its participle states is nobody's act. True when a
 * verb of defeat ("voted down/against" too) opens the short noun phrase of a carrier that takes
 * effect by a vote (`ownedNouns`: a resolution, a bill, a motion); a statement rejected was still made.
 */
function defeatedCarrier(env: FrameEnv, carrier: number): boolean {
  const { words } = env.view;
  if (!env.cues.context.ownedNouns.has(words[carrier] ?? '')) return false;
  for (let t = carrier - 1; t >= Math.max(0, carrier - 1 - DEFEATED_REACH); t--) {
    const word = words[t] ?? '';
    if (DEFEAT_VERBS.has(word))
      return (word !== 'down' && word !== 'against') || words[t - 1] === 'voted';
    if (PUNCTUATION.test(word) && word !== "'s") return false;
  }
  return false;
}

function lowered(side: Side | undefined): Side | undefined {
  return side === undefined
    ? undefined
    : { ...side, certainty: side.certainty * endCertainty('participle-carrier') };
}
