#!/usr/bin/env node
// Fails when organizations.json lets a name or alias (in any mix of its listed spellings) be claimed
// twice, by two entries or by one: the lexicon would then pick between two entities for the name, or
// carry a line that says nothing. `pnpm check:data` runs it after `tsc -b`.
//   node scripts/lexicon/org-duplicates.mjs
// Exit 0 when no name is claimed twice, 1 with one line per such name on stderr.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const module = join(root, 'packages/extractor/dist/lexicon/organization-data.js');
const { namesClaimedTwice, organizationData } = await import(pathToFileURL(module).href);

const repeats = namesClaimedTwice(organizationData());
for (const line of repeats) process.stderr.write(`org-duplicates: claimed twice: ${line}\n`);
if (repeats.length > 0) process.exit(1);
process.stderr.write('organizations.json: no name claimed twice\n');
