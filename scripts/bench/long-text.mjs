import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FIRST_NAMES, SURNAMES } from './names.mjs';

const SAMPLE = new URL('../../examples/00-nato-islamic-state.txt', import.meta.url);
const PEOPLE = ['Jens Stoltenberg', 'Roderich Kiesewetter', 'Patrick Donahue'];

const person = (i) =>
  `${FIRST_NAMES[i % FIRST_NAMES.length]} ${SURNAMES[Math.floor(i / FIRST_NAMES.length) % SURNAMES.length]}`;

/**
 * One text of at least `bytes` UTF-16 code units: the sample article again and again, its people
 * renamed in each copy, so the article's people grow with its length as in a real long text (a
 * plain repeat would hold a handful of entities and hide lookups that scan them all).
 */
export function longText(bytes) {
  const sample = readFileSync(SAMPLE, 'utf8').trimEnd();
  const parts = [];
  let length = 0;
  for (let copy = 0; length < bytes; copy++) {
    let text = sample;
    PEOPLE.forEach((name, k) => {
      text = text.replaceAll(name, person(PEOPLE.length * copy + k));
    });
    parts.push(text);
    length += text.length + 2;
  }
  return parts.join('\n\n');
}

/** One size in this process: what the child run below prints. */
async function measureOne(mb) {
  const { extract } = await import('../../packages/extractor/dist/index.js');
  const { countWords } = await import('./articles.mjs');
  extract(readFileSync(SAMPLE, 'utf8'), { id: 'warm-up' }); // lexicons, tagger, JIT
  const text = longText(mb * 2 ** 20);
  const words = countWords(text);
  globalThis.gc?.();
  // The process's peak so far: the extractor loaded and the text built, before extraction.
  const baseRssMb = process.resourceUsage().maxRSS / 1024;
  const heapBefore = process.memoryUsage().heapUsed;
  const cpu = process.cpuUsage();
  const doc = extract(text, { id: `long-${mb}mb` });
  const usage = process.cpuUsage(cpu);
  const cpuSeconds = (usage.user + usage.system) / 1e6;
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const entities = doc.entities.length;
  return {
    mb,
    words,
    cpuSeconds,
    wordsPerCpuSec: words / cpuSeconds,
    heapMb,
    peakRssMb,
    baseRssMb,
    entities,
  };
}

/**
 * Words per CPU second on one long text at each size (MB): flat from 1 to 16 MB when extraction
 * is linear in the length of an article. Memory too: the heap after extraction (document still
 * held), and the peak resident memory. Each size runs in a fresh process, so its peak is its own
 * and not the rest of the benchmark's; the extra memory extraction took over the process with
 * the extractor loaded and the text built (`workingMb`) is what must stay flat in the text's size.
 */
export function benchLongTexts({ sizesMb, log }) {
  const out = [];
  for (const mb of [...sizesMb].sort((a, b) => a - b)) {
    const child = spawnSync(
      process.execPath,
      ['--expose-gc', fileURLToPath(import.meta.url), '--child', String(mb)],
      { encoding: 'utf8', maxBuffer: 2 ** 20 },
    );
    if (child.status !== 0) throw new Error(`long text of ${mb} MB: ${child.stderr.trim()}`);
    const r = JSON.parse(child.stdout);
    const workingMb = r.peakRssMb - r.baseRssMb;
    log(
      `extract: one ${mb} MB text, ${r.words} words, ${r.cpuSeconds.toFixed(1)} s of CPU, ` +
        `${r.entities} entities, heap +${r.heapMb.toFixed(0)} MB, ` +
        `peak RSS ${r.peakRssMb.toFixed(0)} MB (${workingMb.toFixed(0)} MB over the text loaded)`,
    );
    out.push({ ...r, workingMb });
  }
  return out;
}

if (process.argv[2] === '--child') {
  process.stdout.write(JSON.stringify(await measureOne(Number(process.argv[3]))));
}
