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
  globalThis.gc?.();
  // The process's peak so far: the extractor loaded and the text built, before extraction.
  const baseRssMb = process.resourceUsage().maxRSS / 1024;
  const heapBefore = process.memoryUsage().heapUsed;
  const cpu = process.cpuUsage();
  const doc = extract(text, { id: `long-${mb}mb` });
  const usage = process.cpuUsage(cpu);
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const cpuSeconds = (usage.user + usage.system) / 1e6;
  globalThis.gc?.();
  // What is live after extraction: the document (the text was there before).
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  const entities = doc.entities.length;
  // Counted last: splitting the text into words would raise the peak before extraction.
  const words = countWords(text);
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
 * One size in a fresh process, so its peak is its own and not the rest of the benchmark's; with
 * `heapMb`, under that old-generation limit (`--max-old-space-size`), else under node's default.
 */
function runChild(mb, heapMb) {
  const flags = heapMb === undefined ? [] : [`--max-old-space-size=${heapMb}`];
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', ...flags, fileURLToPath(import.meta.url), '--child', String(mb)],
    { encoding: 'utf8', maxBuffer: 2 ** 20 },
  );
  if (child.status !== 0) throw new Error(`long text of ${mb} MB: ${child.stderr.trim()}`);
  const r = JSON.parse(child.stdout);
  return { ...r, workingMb: r.peakRssMb - r.baseRssMb };
}

/** The heap the CLI's worker pool gives an article of `chars` characters, or undefined unbuilt. */
async function cliHeapMb(chars) {
  try {
    const { threadHeapMb } = await import('../../packages/parallel/dist/index.js');
    return threadHeapMb(chars);
  } catch {
    return undefined;
  }
}

/**
 * Words per CPU second on one long text at each size (MB): flat from 1 to 16 MB when extraction
 * is linear in the length of an article. Memory too: the heap after extraction (document still
 * held), and the peak resident memory; `workingMb` is the peak over the process with the extractor
 * loaded and the text built. Each size runs twice: under node's default heap (a library caller's
 * case: on a machine with memory to spare V8 lets garbage grow to several times what is live), and
 * under the heap the CLI gives that article's thread (`cli`: packages/parallel's threadHeapMb, the
 * pool's heap or one sized to the article), which is how `newsgraph extract|ingest` runs it.
 */
export async function benchLongTexts({ sizesMb, log }) {
  const out = [];
  for (const mb of [...sizesMb].sort((a, b) => a - b)) {
    const r = runChild(mb);
    // The text is at least mb MB and at most one sample article longer: the same heap either way.
    const heapMb = await cliHeapMb(mb * 2 ** 20);
    const cli = heapMb === undefined ? undefined : { ...runChild(mb, heapMb), heapLimitMb: heapMb };
    log(
      `extract: one ${mb} MB text, ${r.words} words, ${r.cpuSeconds.toFixed(1)} s of CPU, ` +
        `${r.entities} entities, heap +${r.heapMb.toFixed(0)} MB, ` +
        `peak RSS ${r.peakRssMb.toFixed(0)} MB (${r.workingMb.toFixed(0)} MB over the text loaded)` +
        (cli === undefined
          ? ''
          : `; under the CLI's ${heapMb} MB heap ${cli.cpuSeconds.toFixed(1)} s of CPU, ` +
            `peak RSS ${cli.peakRssMb.toFixed(0)} MB (${cli.workingMb.toFixed(0)} MB over)`),
    );
    out.push({ ...r, ...(cli === undefined ? {} : { cli }) });
  }
  return out;
}

if (process.argv[2] === '--child') {
  process.stdout.write(JSON.stringify(await measureOne(Number(process.argv[3]))));
}
