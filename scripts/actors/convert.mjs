#!/usr/bin/env node
// Regenerates packages/extractor/data/actors.json from the PETRARCH2 / Phoenix actor dictionaries
// (MIT, Open Event Data Alliance). Run after `pnpm build`:
//   node scripts/actors/convert.mjs [--check] [PETRARCH2_DIR]   (default ../shared/resources/petrarch2)
// --check writes nothing: it exits 1 when the committed actors.json differs from a fresh conversion
// (the classification reads the lexicon, so a lexicon change can leave the table behind).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeGenerated } from '../lib/generated.mjs';
import {
  classifyRecord,
  nameWords,
  parsePhoenix,
  toTableFile,
} from '../../packages/extractor/dist/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const check = process.argv.includes('--check');
const args = process.argv.slice(2).filter((a) => a !== '--check');
const source = resolve(args[0] ?? join(root, '../shared/resources/petrarch2'));
const FILES = [
  'Phoenix.Countries.actors.txt',
  'Phoenix.International.actors.txt',
  'Phoenix.MilNonState.actors.txt',
];
const SOURCE =
  'openeventdata/petrarch2@676801cd9cb2924bbbad09f86d15c9323e7097bf ' + FILES.join(' ');

const words = nameWords();
// Role codes are those the agents dictionary gives its nouns ("MINISTER [~GOV]"): [~GOV], [MIL~].
const agents = readFileSync(join(source, 'Phoenix.agents.txt'), 'utf8');
const roleCodes = new Set([...agents.matchAll(/\[~?([A-Z]{3})[A-Z]*~?\]/g)].map((m) => m[1]));
const actors = [];
const seen = new Map();
let records = 0;
for (const file of FILES) {
  const text = readFileSync(join(source, file), 'utf8');
  for (const record of parsePhoenix(text, { where: file, lenient: true })) {
    records += 1;
    const actor = classifyRecord(record, words, roleCodes);
    if (actor === undefined) continue;
    // The same name twice (a leader listed in two countries): one row, roles joined.
    const key = `${actor.type} ${actor.name.toLowerCase()}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      earlier.roles.push(...actor.roles.filter((r) => r.from + r.to > 0));
      earlier.aliases = [...new Set([...earlier.aliases, ...actor.aliases])];
      continue;
    }
    seen.set(key, actor);
    actors.push(actor);
  }
}
const out = join(root, 'packages/extractor/data');
mkdirSync(out, { recursive: true });
const table = toTableFile(actors, {
  source: SOURCE,
  licence: 'MIT, Copyright (c) 2014 Open Event Data Alliance; see LICENSE-petrarch2.txt',
  roleCodes: [...roleCodes],
});
const json = `${JSON.stringify(table)}\n`;
writeGenerated(join(out, 'actors.json'), json, { check, source });
writeFileSync(join(out, 'LICENSE-petrarch2.txt'), readFileSync(join(source, 'LICENSE')));
const people = actors.filter((a) => a.type === 'Person').length;
process.stderr.write(
  `actors.json: ${actors.length} actors (${people} people, ${actors.length - people} organizations) from ${records} records\n`,
);
