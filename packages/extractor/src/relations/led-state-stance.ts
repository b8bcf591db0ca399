import type { Relation } from '@newsgraph/graph-schema';

/**
 * "Russians say they admire Putin", "most Peruvians back President X": a state's stance on the
 * person the article says leads it is its people's or one of its bodies' view, not the state
 * taking a side for or against its own head. Such OPPOSES and SUPPORTS are dropped; the LEADS
 * stays. The mirror of leader-stance.ts (a leader's stance on the body it leads).
 */
export function withoutStancesOnOwnLeader(relations: Relation[]): Relation[] {
  let leaders: Set<string> | undefined;
  for (const r of relations)
    if (r.type === 'LEADS') (leaders ??= new Set()).add(`${r.target}\u0000${r.source}`);
  if (leaders === undefined) return relations;
  const led = leaders;
  return relations.filter(
    (r) =>
      !(
        (r.type === 'OPPOSES' || r.type === 'SUPPORTS') &&
        r.source.startsWith('state:') &&
        led.has(`${r.source}\u0000${r.target}`)
      ),
  );
}
