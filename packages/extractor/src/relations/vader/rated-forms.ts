import type { CueFamily } from '../cue-lexicon-schema.js';
import type { CueForm } from '../cue-lexicon.js';
import { ratedJudgements } from './rated-judgements.js';

/** Below the listed evaluation cues (0.7, 0.65): a rating is not a cue chosen for the frame. */
const RATED_WEIGHT = 0.6;

const ratedFamilies = new WeakSet<CueFamily>();

/**
 * Evaluation cues from the rated adjectives (VADER) for words the cue file does not list (its
 * cues and exclusions win): negative → OPPOSES, positive → SUPPORTS. They are read only in the
 * strict positions of `ratedPosition`.
 */
export function ratedForms(taken: ReadonlySet<string>): [string, CueForm][] {
  const family = (relation: 'OPPOSES' | 'SUPPORTS', first: string): CueFamily => {
    const made: CueFamily = { relation, frame: 'evaluation', weight: RATED_WEIGHT, cues: [first] };
    ratedFamilies.add(made);
    return made;
  };
  const families = new Map<'OPPOSES' | 'SUPPORTS', CueFamily>();
  const out: [string, CueForm][] = [];
  for (const [word, valence] of ratedJudgements().ratings) {
    if (taken.has(word)) continue;
    const relation = valence < 0 ? 'OPPOSES' : 'SUPPORTS';
    let made = families.get(relation);
    if (made === undefined) families.set(relation, (made = family(relation, word)));
    else made.cues.push(word);
    out.push([word, { family: made, weight: RATED_WEIGHT, via: undefined, shape: 'phrase' }]);
  }
  return out;
}

/** True for a cue from the rated adjectives rather than the cue file. */
export function isRated(form: CueForm): boolean {
  return ratedFamilies.has(form.family);
}
