// Writes the generated artifacts under graph-schema/schema/ from the built package.
// Run `pnpm --filter @newsgraph/graph-schema generate` after changing the model.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GRAPH_DOCUMENT_VERSION, graphDocumentJsonSchema, grassStyleSheet } from '../dist/index.js';

const out = (name) => fileURLToPath(new URL(`../schema/${name}`, import.meta.url));
writeFileSync(
  out(`graph-document.v${GRAPH_DOCUMENT_VERSION}.json`),
  JSON.stringify(graphDocumentJsonSchema(), null, 2) + '\n',
);
writeFileSync(out('newsgraph.grass'), grassStyleSheet());
