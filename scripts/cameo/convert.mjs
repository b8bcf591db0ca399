#!/usr/bin/env node
// Converts the PETRARCH2 CAMEO verb dictionary (MIT, Open Event Data Alliance) into the extractor's
// compact verb data: synonym sets, verb synonym blocks (lemmas with their irregular forms and codes)
// and the block's patterns (words before and after the verb, $ source and + target slots, a code).
//
//   node scripts/cameo/convert.mjs [--check] [CAMEO.2.0.txt] [out.json]
//
// --check writes nothing: it exits 1 when the committed output differs from a fresh conversion.
// Defaults: ../shared/resources/petrarch2/CAMEO.2.0.txt and
// packages/extractor/src/relations/cameo/cameo-verbs.json. Copies the licence beside the output.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeGenerated } from '../lib/generated.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const check = process.argv.includes('--check');
const args = process.argv.slice(2).filter((a) => a !== '--check');
const source = args[0] ?? resolve(root, '../shared/resources/petrarch2/CAMEO.2.0.txt');
const out = args[1] ?? join(root, 'packages/extractor/src/relations/cameo/cameo-verbs.json');

/** Lower-case words; "_" joins the words of one phrase. */
const words = (text) => text.toLowerCase().replace(/_/g, ' ').replace(/\s+/g, ' ').trim();

/** "[111]" → "111"; "[042:043]" → "042" (the code when source and target differ comes second). */
function codeOf(text) {
  const m = /\[([^\]]*)\]/.exec(text);
  if (!m) return null;
  // One pattern writes "[080!]"; the mark is not part of the code.
  // "[:054]" codes only the target's side of the event: its direction is not the verb's.
  const first =
    m[1]
      .replace(/[^0-9:-]/g, '')
      .split(':')[0]
      ?.trim() ?? '';
  return first === '' || /^-+$/.test(first) ? '---' : first;
}

function stripComment(line) {
  // "#" starts a comment; a few old verb lines use ";" instead ("SCRAP ;shan 8/30/93").
  const at = line.startsWith('-') ? line.indexOf('#') : line.search(/[#;]/);
  return (at >= 0 ? line.slice(0, at) : line).trim();
}

/** A pattern "- pre * post [code]": words and slots ($, +, &SET) on each side of the verb. */
function parsePattern(body, where) {
  const code = codeOf(body);
  const text = body.replace(/\[[^\]]*\]/g, ' ').replace(/[(){}]/g, ' ');
  const [pre, post] = text.split('*');
  if (post === undefined || code === null) throw new Error(`${where}: pattern without * or code`);
  // ^ (skip a noun phrase) and % (compound actor) have no counterpart in the extractor.
  const side = (s) =>
    s
      .split(/\s+/)
      .filter((w) => w !== '' && w !== '^' && w !== '%')
      .map((w) => words(w))
      .join(' ');
  return [side(pre), side(post), code];
}

/** A verb line "LEMMA {FORM FORM} [code]": "+" marks the verb word of a phrase ("+SHUT_DOWN"). */
function parseVerb(line) {
  const forms = /\{([^}]*)\}/.exec(line);
  const lemma = words(line.replace(/\{[^}]*\}/, '').replace(/\[[^\]]*\]/, ''));
  const own = codeOf(line.replace(/\{[^}]*\}/, ''));
  const listed = forms
    ? forms[1]
        .split(/[\s,]+/)
        .filter(Boolean)
        .map(words)
    : null;
  return [lemma, listed, own];
}

function convert(text) {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => l.startsWith('####### VERB PATTERNS'));
  if (start < 0) throw new Error(`${source}: no VERB PATTERNS section`);
  const synsets = {};
  let set = null;
  lines.slice(0, start).forEach((raw) => {
    if (raw.trimStart().startsWith('#')) return;
    const line = stripComment(raw);
    if (line.startsWith('&')) synsets[(set = words(line).replace(/ $/, ''))] = [];
    else if (line.startsWith('+') && set) synsets[set].push(words(line.slice(1)));
    else if (line === '') set = null;
  });
  const blocks = [];
  let block = null;
  lines.slice(start + 1).forEach((raw, i) => {
    const where = `${source}:${start + i + 2}`;
    if (raw.startsWith('---')) {
      const name = words(raw.replace(/-{3}/g, '').replace(/\[[^\]]*\]/, ''));
      block = { name, code: codeOf(raw) ?? '---', verbs: [], patterns: [] };
      blocks.push(block);
      return;
    }
    const line = stripComment(raw);
    if (line === '' || block === null) return;
    if (line.startsWith('-')) block.patterns.push(parsePattern(line.slice(1), where));
    else if (line.startsWith('~'))
      return; // transformations combine two events; not used
    else block.verbs.push(parseVerb(line));
  });
  return { synsets, blocks: blocks.filter((b) => b.verbs.length > 0) };
}

const data = convert(readFileSync(source, 'utf8'));
const header = {
  source: 'PETRARCH2 CAMEO.2.0.txt (openeventdata/petrarch2 676801cd), MIT: see LICENSE beside',
  generatedBy: 'scripts/cameo/convert.mjs',
};
// Compact: one block per line, so a regenerated file diffs block by block.
const body = data.blocks.map((b) => JSON.stringify(b)).join(',\n');
const json = `{"meta":${JSON.stringify(header)},\n"synsets":${JSON.stringify(data.synsets)},\n"blocks":[\n${body}\n]}\n`;
writeGenerated(out, json, { check, source });
writeFileSync(join(dirname(out), 'LICENSE'), readFileSync(join(dirname(source), 'LICENSE')));
const patterns = data.blocks.reduce((n, b) => n + b.patterns.length, 0);
const verbs = data.blocks.reduce((n, b) => n + b.verbs.length, 0);
process.stderr.write(
  `${out}: ${data.blocks.length} blocks, ${verbs} verbs, ${patterns} patterns\n`,
);
