import { frameWords } from './frame-words.js';
import { phraseWords } from './phrase-words.js';
import type { SentenceView, Unit } from './sentence-view.js';
import type { Side } from './subject.js';

const { placeNouns: PLACE_NOUNS, locatives: LOCATIVES, placeDirections: DIRECTIONS } = frameWords();

/**
 * "the violence in northern Iraq": a state named as a place is not the one acted on. A
 * preposition that ends the cue ("lashed out at X", "took aim at X") introduces the target.
 * "officials in Beijing", "the government in Kabul": the people who govern there act for it.
 */
export function isPlace(view: SentenceView, unit: Unit, from: number): boolean {
  let t = unit.firstToken - 1;
  while (t >= 0 && DIRECTIONS.has(view.words[t] ?? '')) t--;
  // "in the streets of Lebanon", "across much of Y": a part of the place after the locative.
  if (view.words[t] === 'of' && PLACE_NOUNS.has(view.words[t - 1] ?? '')) {
    t -= 2;
    while (t >= 0 && DIRECTIONS.has(view.words[t] ?? '')) t--;
  }
  if (t < from || !LOCATIVES.has(view.words[t] ?? '')) return false;
  return !(
    view.words[t] === 'in' &&
    t === unit.firstToken - 1 &&
    phraseWords().governingNouns.has(view.words[t - 1] ?? '')
  );
}

/**
 * "supports Northern Cyprus", "backs eastern Ukraine": a state's name right after a word of
 * direction names a region of it; support for the region is not support for the state (acts
 * against a region, "occupies northern Cyprus", still touch the state).
 */
export function isRegionSupported(view: SentenceView, relation: string, target: Side): boolean {
  if (relation !== 'SUPPORTS' || target.actors[0]?.type !== 'State') return false;
  const before = view.words[target.firstToken - 1] ?? '';
  return before !== 'the' && DIRECTIONS.has(before);
}
