import type { CompiledCues } from './cue-lexicon.js';
import { capitalisedAt, type SentenceView } from './sentence-view.js';

/**
 * "Germany's SolarWorld has sued China": the actor's possessive (the "'s" at `from`) owns a name the
 * article does not know as an actor. The named thing acts, not its owner, so the owner is no
 * subject. A body that acts for its owner ("Russia's Foreign Ministry", "Germany's Chancellor")
 * and a name the extractor knows ("Russia's Gazprom", an actor itself) are not such names, nor is
 * an adjective before a head noun ("America's European allies").
 */
export function ownsUnknownName(view: SentenceView, cues: CompiledCues, from: number): boolean {
  if (view.words[from] !== "'s") return false;
  const head = from + 1;
  if (!capitalisedAt(view, head) || (view.unitAt[head] ?? -1) >= 0) return false;
  const word = view.words[head] ?? '';
  if (cues.titles.has(word)) return false;
  const { representativeHeads, nonRepresentativeHeads } = cues.context;
  if (representativeHeads.matchAt(view.words, head) > 0) return false;
  // "America's European allies": an adjective before a head noun, no name.
  let next = head + 1;
  while (capitalisedAt(view, next)) next++;
  return (
    representativeHeads.matchAt(view.words, next) === 0 &&
    nonRepresentativeHeads.matchAt(view.words, next) === 0
  );
}
