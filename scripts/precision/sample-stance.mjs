// Draws a seeded random sample of OPPOSES/SUPPORTS/ALLIED_WITH edges (or the types given with
// --types, e.g. LEADS,REPRESENTS,MEMBER_OF) that the built extractor finds in the PolNeAR and DWIE
// articles, each with its evidence sentence, for judging precision by hand.
// usage: node scripts/precision/sample-stance.mjs [--seed N] [--n 40] [--eval ../shared/eval]
//          [--types T1,T2]
//   (run `pnpm build` first; prints one numbered block per edge on stdout)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    n: { type: 'string', default: '40' },
    eval: { type: 'string', default: '../shared/eval' },
    types: { type: 'string', default: 'OPPOSES,SUPPORTS,ALLIED_WITH' },
  },
});
const TYPES = new Set(values.types.split(','));
const { extract } = await import('../../packages/extractor/dist/index.js');

/** mulberry32: a small seeded generator, so one seed always draws the same sample. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function articles(root) {
  const out = [];
  const pn = join(root, 'polnear', 'text');
  for (const f of readdirSync(pn).sort())
    out.push({ id: `pn:${f}`, text: readFileSync(join(pn, f), 'utf8') });
  const dw = join(root, 'dwie');
  for (const f of readdirSync(dw).sort()) {
    const j = JSON.parse(readFileSync(join(dw, f), 'utf8'));
    out.push({ id: `dwie:${f}`, text: j.content });
  }
  return out;
}

const edges = [];
for (const a of articles(values.eval)) {
  const doc = extract(a.text, { id: a.id });
  const names = new Map(doc.entities.map((e) => [e.id, e.name]));
  for (const r of doc.relations) {
    if (!TYPES.has(r.type)) continue;
    const ev = r.evidence[0];
    edges.push({
      article: a.id,
      type: r.type,
      role: r.properties?.role,
      source: names.get(r.source) ?? r.source,
      target: names.get(r.target) ?? r.target,
      evidence: ev ? ev.text.replace(/\s+/g, ' ') : '',
    });
  }
}
const rnd = random(Number(values.seed));
for (let i = edges.length - 1; i > 0; i -= 1) {
  const j = Math.floor(rnd() * (i + 1));
  [edges[i], edges[j]] = [edges[j], edges[i]];
}
const counts = {};
for (const e of edges) counts[e.type] = (counts[e.type] ?? 0) + 1;
console.log(`# ${edges.length} edges in all ${JSON.stringify(counts)}; seed ${values.seed}`);
edges.slice(0, Number(values.n)).forEach((e, i) => {
  console.log(
    `\n[${i + 1}] ${e.source} ${e.type}${e.role ? ` {${e.role}}` : ''} ${e.target}   (${e.article})\n    ${e.evidence}`,
  );
});
