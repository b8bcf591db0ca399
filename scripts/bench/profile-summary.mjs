#!/usr/bin/env node
/**
 * Where a `node --cpu-prof` profile spent its time: self time per function and per file, time
 * including callees per function, and the hottest source lines (of the built JavaScript). Usage:
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof some-script.mjs
 *   node scripts/bench/profile-summary.mjs /tmp/prof/*.cpuprofile [--top N] [--match REGEX]
 * `--match` keeps the functions (and lines) whose "name file:line" matches. Loading the lexicons
 * and compiling modules is in the profile too: extract enough text that it does not dominate.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '40' }, match: { type: 'string' } },
});
const top = Number(opts.top);
const keep = opts.match === undefined ? () => true : (k) => new RegExp(opts.match).test(k);

for (const file of positionals) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  profile.samples.forEach((id, i) =>
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
  );
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const where = (n) => (n.callFrame.url || '').replace(/^.*\/(packages|node_modules)\//, '');
  const name = (n) =>
    `${n.callFrame.functionName || '(anonymous)'} ${where(n)}:${n.callFrame.lineNumber + 1}`;

  const fnSelf = new Map();
  const fileSelf = new Map();
  const lines = new Map();
  for (const n of profile.nodes) {
    const t = self.get(n.id) ?? 0;
    add(fnSelf, name(n), t);
    add(fileSelf, where(n) || '(native)', t);
    for (const tick of n.positionTicks ?? [])
      add(
        lines,
        `${where(n)}:${tick.line} (${n.callFrame.functionName || 'anonymous'})`,
        tick.ticks,
      );
  }
  // Time including callees, each function counted once per stack (recursion).
  const inclusive = new Map();
  const walk = (n, onStack) => {
    let t = self.get(n.id) ?? 0;
    for (const c of n.children ?? []) t += walk(byId.get(c), new Set([...onStack, name(n)]));
    if (!onStack.has(name(n))) add(inclusive, name(n), t);
    return t;
  };
  walk(profile.nodes[0], new Set());

  const pct = (t) => `${((100 * t) / total).toFixed(1).padStart(5)}%`;
  const show = (title, map, format, filter = keep) => {
    console.log(`\n${title}`);
    [...map]
      .filter(([k]) => filter(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .forEach(([k, v]) => console.log(`${format(v)}  ${k}`));
  };
  console.log(`${file}: ${(total / 1e6).toFixed(2)} s sampled`);
  show('Self time by function', fnSelf, pct);
  show('Self time by file', fileSelf, pct, () => true);
  show('Time including callees', inclusive, pct);
  show('Hottest lines (samples)', lines, (v) => String(v).padStart(6));
}

function add(map, key, value) {
  map.set(key, (map.get(key) ?? 0) + value);
}
