import type { Entity } from '@newsgraph/graph-schema';
import type { Mention } from '../types.js';

export interface Resolved {
  entities: Entity[];
  mentions: Mention[];
}

/**
 * "the Israeli Air Force" is one mention of Israel and one of "Air Force of Israel": the state's
 * generic body keeps the words as written, demonym and all, among its aliases, so that the name
 * an article or a reader uses finds it too.
 */
export function aliasStateBodies(resolved: Resolved, text: string): Resolved {
  const demonymEnding = new Map<number, Mention>();
  for (const m of resolved.mentions)
    if (m.type === 'State' && m.kind === 'demonym') demonymEnding.set(m.end, m);
  if (demonymEnding.size === 0) return resolved;
  const added = new Map<string, Set<string>>();
  const byId = new Map(resolved.entities.map((e) => [e.id, e]));
  for (const m of resolved.mentions) {
    const state = byId.get(m.entityId)?.attributes?.state;
    if (m.type !== 'Organization' || state === undefined || text[m.start - 1] !== ' ') continue;
    const demonym = demonymEnding.get(m.start - 1);
    if (demonym?.entityId !== state) continue;
    const alias = text.slice(demonym.start, m.end).replace(/\s+/g, ' ');
    const set = added.get(m.entityId) ?? new Set<string>();
    set.add(alias);
    added.set(m.entityId, set);
  }
  if (added.size === 0) return resolved;
  const entities = resolved.entities.map((e) => {
    const more = added.get(e.id);
    if (more === undefined) return e;
    return { ...e, aliases: [...new Set([...e.aliases, ...more])] };
  });
  return { entities, mentions: resolved.mentions };
}
