import { z } from 'zod';
import { GRAPH_DOCUMENT_VERSION, GraphDocumentSchema } from './document.js';

export const JSON_SCHEMA_ID = `https://newsgraph.dev/schema/graph-document.v${GRAPH_DOCUMENT_VERSION}.json`;

/**
 * The graph document as JSON Schema (draft 2020-12), for notebooks and other languages.
 * Cross-references (a relation's ends exist) are checked by zod only.
 */
export function graphDocumentJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(GraphDocumentSchema, {
    target: 'draft-2020-12',
    unrepresentable: 'any',
  });
  return {
    $schema: schema.$schema,
    $id: JSON_SCHEMA_ID,
    title: `Newsgraph graph document, version ${GRAPH_DOCUMENT_VERSION}`,
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}
