import type { EntityRelationType } from '@newsgraph/graph-schema';
import type { EntityNode, FactEdge, MergedGraph } from '../export/merge-documents.js';

const TYPES: EntityRelationType[] = ['OPPOSES', 'SUPPORTS', 'ALLIED_WITH', 'MEMBER_OF', 'LEADS'];

/**
 * A graph of `groups` stars of `size` people around an organization, the hubs linked in a ring,
 * plus `isolated` people in no fact: the shape of a few hundred articles' worth of news.
 */
export function starsGraph(groups: number, size: number, isolated = 0): MergedGraph {
  const entities: EntityNode[] = [];
  const facts: FactEdge[] = [];
  const entity = (id: string, type: EntityNode['type']): string => {
    entities.push({ id, type, name: id, aliases: [id], attributes: {} });
    return id;
  };
  const fact = (type: EntityRelationType, source: string, target: string): void => {
    facts.push({
      type,
      source,
      target,
      sentence: `${source} ${type} ${target}.`,
      articleId: `a${facts.length % 7}`,
      start: 0,
      end: 1,
      evidence: [],
      starts: [],
      ends: [],
      confidence: 0.9,
      extractorVersion: 'test',
    });
  };
  for (let g = 0; g < groups; g++) {
    const hub = entity(`org:hub-${g}`, 'Organization');
    for (let i = 1; i < size; i++)
      fact(TYPES[i % TYPES.length] ?? 'OPPOSES', entity(`person:p-${g}-${i}`, 'Person'), hub);
    if (g > 0) fact('ALLIED_WITH', `org:hub-${g - 1}`, hub);
  }
  for (let i = 0; i < isolated; i++) entity(`person:alone-${i}`, 'Person');
  return { articles: [], entities, mentions: [], quotes: [], facts };
}
