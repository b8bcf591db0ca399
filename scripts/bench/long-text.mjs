import { readFileSync } from 'node:fs';
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

/**
 * Words per CPU second on one long text at each size (MB): flat from 1 to 16 MB when extraction
 * is linear in the length of an article. Memory too: the heap after extraction (document still
 * held), and the process's peak resident memory so far. Sizes run smallest first, so the peak
 * after a size is that size's own (the ones before it peaked lower).
 */
export function benchLongTexts({ extract, countWords, sizesMb, log }) {
  const out = [];
  for (const mb of [...sizesMb].sort((a, b) => a - b)) {
    const text = longText(mb * 2 ** 20);
    const words = countWords(text);
    globalThis.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const cpu = process.cpuUsage();
    const doc = extract(text, { id: `long-${mb}mb` });
    const usage = process.cpuUsage(cpu);
    const cpuSeconds = (usage.user + usage.system) / 1e6;
    const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
    const peakRssMb = process.resourceUsage().maxRSS / 1024;
    log(
      `extract: one ${mb} MB text, ${words} words, ${cpuSeconds.toFixed(1)} s of CPU, ` +
        `${doc.entities.length} entities, heap +${heapMb.toFixed(0)} MB, ` +
        `peak RSS ${peakRssMb.toFixed(0)} MB`,
    );
    out.push({ mb, words, cpuSeconds, wordsPerCpuSec: words / cpuSeconds, heapMb, peakRssMb });
  }
  return out;
}
