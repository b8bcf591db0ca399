import type { CompiledCues } from './cue-lexicon.js';
import { endCertainty } from './confidence.js';
import type { SentenceView } from './sentence-view.js';
import type { Side } from './subject.js';
import { sideOf } from './target.js';
import { TENSE_AUXILIARIES, isAdverb } from './word-classes.js';

/**
 * Length of the head after "its"/"their" at `pronoun` when the two stand as the subject of the verb
 * at `verb` ("its troops had attacked"), else 0.
 */
export function ownedHeadLength(
  view: SentenceView,
  cues: CompiledCues,
  pronoun: number,
  verb: number,
): number {
  const { words } = view;
  const word = words[pronoun];
  if (word !== 'its' && word !== 'their') return 0;
  const head = cues.context.representativeHeads.matchAt(words, pronoun + 1);
  if (head === 0) return 0;
  for (let t = pronoun + 1 + head; t < verb; t++) {
    const between = words[t] ?? '';
    if (!TENSE_AUXILIARIES.has(between) && !isAdverb(between)) return 0;
  }
  return head;
}

/**
 * "Iraq said its troops had attacked Kuwait", "Russia faced sanctions after its forces seized
 * Crimea": "its" or "their" before a head that acts for its owner (cues.json
 * `representativeHeads`: troops, government, foreign ministry, ...), right before the verb, is the
 * one state, organization or group the sentence names before it. Undefined when the sentence names
 * none or several ("China criticised Japan after its troops ..." is not resolved), or names only
 * people. Call only where `ownedHeadLength` is not 0.
 */
export function possessiveSubject(
  view: SentenceView,
  cues: CompiledCues,
  pronoun: number,
  verb: number,
): Side | undefined {
  const { words } = view;
  const word = words[pronoun];
  const head = ownedHeadLength(view, cues, pronoun, verb);
  let found: Side | undefined;
  for (let t = pronoun - 1; t >= 0; t--) {
    const u = view.unitAt[t] ?? -1;
    const unit = view.units[u];
    if (unit === undefined) continue;
    t = unit.firstToken;
    const actor = unit.actor;
    if (actor === undefined || actor.type === 'Person') continue;
    if (word === 'its' && actor.type === 'Group') continue;
    if (found !== undefined && found.actors.some((a) => a.id !== actor.id)) return undefined;
    found ??= sideOf(view, u);
  }
  if (found === undefined) return undefined;
  const at = { firstToken: pronoun, lastToken: pronoun + head };
  return { actors: found.actors, ...at, certainty: endCertainty('speaker-pronoun') };
}
