import { randomUUID } from 'node:crypto';
import { parseGraphDocument, type ValidGraphDocument } from '@newsgraph/graph-schema';
import { twoDocuments } from '../../packages/exports/src/export/test-fixtures.js';

/**
 * The export fixtures with every article and entity id suffixed by `run`, so a test can write them
 * to a shared database, find exactly them, and delete them afterwards. People's names are suffixed
 * too: the loader joins people of one full name whatever their ids, so an "Angela Merkel" of another
 * run (or of the dev articles) would otherwise take this run's.
 */
export function uniqueDocuments(run: string = randomUUID().slice(0, 8)): {
  run: string;
  docs: ValidGraphDocument[];
} {
  const id = (value: string): string => `${value}-${run}`;
  const docs = twoDocuments().map((doc) =>
    parseGraphDocument({
      ...doc,
      article: { ...doc.article, id: id(doc.article.id) },
      entities: doc.entities.map((e) =>
        e.type === 'Person'
          ? { ...e, id: id(e.id), name: id(e.name), aliases: e.aliases.map(id) }
          : { ...e, id: id(e.id) },
      ),
      relations: doc.relations.map((r) => ({
        ...r,
        source: id(r.source),
        target: id(r.target),
      })),
    }),
  );
  return { run, docs };
}

/** Removes what uniqueDocuments(run) wrote. */
export const DELETE_RUN = 'MATCH (n) WHERE n.id ENDS WITH $suffix DETACH DELETE n';
