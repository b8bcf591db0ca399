import type { Unit } from './sentence-view.js';
import type { Side } from './subject.js';

/** The side one actor unit makes on its own, its ends certain ("its ally Y", "X as chairman"). */
export function unitSide(unit: Unit | undefined): Side | undefined {
  if (!unit?.actor) return undefined;
  return {
    actors: [unit.actor],
    firstToken: unit.firstToken,
    lastToken: unit.lastToken,
    certainty: 1,
  };
}
