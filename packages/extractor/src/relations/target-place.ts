import { frameWords } from './frame-words.js';
import { phraseWords } from './phrase-words.js';
import type { SentenceView, Unit } from './sentence-view.js';

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
