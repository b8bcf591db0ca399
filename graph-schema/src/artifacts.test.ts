import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from './labels.js';
import { GRAPH_DOCUMENT_VERSION } from './document.js';
import { graphDocumentJsonSchema } from './json-schema.js';
import { grassStyleSheet } from './style.js';

const read = (name: string): string =>
  readFileSync(new URL(`../schema/${name}`, import.meta.url), 'utf8');

describe('generated artifacts', () => {
  it('keeps the committed JSON Schema in step with the zod model', () => {
    const committed: unknown = JSON.parse(read(`graph-document.v${GRAPH_DOCUMENT_VERSION}.json`));
    expect(committed).toEqual(graphDocumentJsonSchema());
  });

  it('keeps the committed style sheet in step and styles every label', () => {
    const grass = read('newsgraph.grass');
    expect(grass).toBe(grassStyleSheet());
    for (const label of [...ENTITY_TYPES, 'Article']) expect(grass).toContain(`node.${label} {`);
  });
});
