import type { Relation } from '@newsgraph/graph-schema';

/**
 * "Russian President X warned that Russia would retaliate", "Peruvian President X criticised
 * Peru's courts": a stance from a leader to the body the article says they lead is the leader
 * speaking for it or about its parts, not taking a side against (or for) it. Such OPPOSES and
 * SUPPORTS are dropped; the LEADS stays. So is SUPPORTS from one who speaks for the body
 * ("China's spokesman X called on embassies to respect China's laws"): that is the body's own
 * voice, not a side taken.
 */
export function withoutLeaderStances(relations: Relation[]): Relation[] {
  let led: Set<string> | undefined;
  let served: Set<string> | undefined;
  for (const r of relations) {
    if (r.type === 'LEADS') (led ??= new Set()).add(pair(r));
    else if (r.type === 'REPRESENTS') (served ??= new Set()).add(pair(r));
  }
  if (led === undefined && served === undefined) return relations;
  return relations.filter(
    (r) =>
      !(
        ((r.type === 'OPPOSES' || r.type === 'SUPPORTS') && led?.has(pair(r))) ||
        (r.type === 'SUPPORTS' && served?.has(pair(r)))
      ),
  );
}

function pair(r: Relation): string {
  return `${r.source}\u0000${r.target}`;
}
