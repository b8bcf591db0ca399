import type { Relation } from '@newsgraph/graph-schema';
import type { Mention } from '../types.js';

/** "Russians", "Peruvians", "Americans": a demonym's plural names its people ("Swiss" is no plural). */
const PEOPLE_PLURAL = /\p{Ll}[^s]s$/u;

/**
 * "Russians say they admire Putin", "most Peruvians back President X": a state named only by its
 * people's plural demonym in the sentence, with a stance on the person the article says leads
 * it, is its people's view, not the state taking a side for or against its own head. Such
 * OPPOSES and SUPPORTS are dropped; the LEADS stays. A body of the state ("U.S. lawmakers
 * criticised President X", "the Brazilian Senate") still acts for it. The mirror of
 * leader-stance.ts (a leader's stance on the body it leads).
 */
export function withoutPeopleOnOwnLeader(
  relations: Relation[],
  mentions: readonly Mention[],
): Relation[] {
  let leaders: Set<string> | undefined;
  for (const r of relations)
    if (r.type === 'LEADS') (leaders ??= new Set()).add(`${r.target}\u0000${r.source}`);
  if (leaders === undefined) return relations;
  const led = leaders;
  return relations.filter(
    (r) =>
      !(
        (r.type === 'OPPOSES' || r.type === 'SUPPORTS') &&
        led.has(`${r.source}\u0000${r.target}`) &&
        namedByPeople(r, mentions)
      ),
  );
}

/**
 * The relation's evidence names the source state by its people's plural demonym, and otherwise
 * only by demonyms ("a Russian sociologist"): no name and no body of it ("the Russian Senate" is
 * no plural, "U.S. lawmakers" no demonym).
 */
function namedByPeople(r: Relation, mentions: readonly Mention[]): boolean {
  let people = false;
  for (const ev of r.evidence) {
    for (const m of mentions) {
      if (m.entityId !== r.source || m.start < ev.start || m.end > ev.end) continue;
      if (m.kind !== 'demonym') return false;
      if (PEOPLE_PLURAL.test(m.text)) people = true;
    }
  }
  return people;
}
