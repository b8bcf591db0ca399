import { availableParallelism } from 'node:os';
import { articlesOfWords, countWords } from './articles.mjs';
import { benchLongTexts } from './long-text.mjs';

/**
 * Extraction speed: words per second on this thread over at least `minWords` words of generated
 * articles, then articles per second through the CLI's worker pool on every core.
 */
export async function benchExtract({ minWords = 1_000_000, longMb = [1, 4, 16], log }) {
  const { extract } = await import('../../packages/extractor/dist/index.js');
  const { articles, words } = articlesOfWords(minWords);
  for (const a of articles.slice(0, 50)) extract(a.text, meta(a)); // warm-up: JIT, lexicons
  log(`extract: one thread, ${articles.length} articles, ${words} words`);
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  let relations = 0;
  for (const a of articles) relations += extract(a.text, meta(a)).relations.length;
  const oneThread = Number(process.hrtime.bigint() - started) / 1e9;
  // CPU time of this process: what one core does, whatever else the machine is busy with.
  const { user, system } = process.cpuUsage(cpu);
  const cpuSeconds = (user + system) / 1e6;
  log(`  ${oneThread.toFixed(1)} s (${cpuSeconds.toFixed(1)} s of CPU), ${relations} relations`);

  const { longWords, longSeconds } = timeLongText(extract, articles, log);
  const longTexts = await benchLongTexts({ sizesMb: longMb, log });
  const workers = availableParallelism();
  const allCores = await timeWorkerPool(articles.map(item), workers, log);
  return {
    extractArticles: articles.length,
    words,
    workers,
    extractWordsPerSec: words / oneThread,
    extractWordsPerCpuSec: words / cpuSeconds,
    extractArticlesPerSec: articles.length / oneThread,
    extractLongTextWords: longWords,
    extractLongTextWordsPerCpuSec: longWords / longSeconds,
    extractLongTexts: longTexts,
    extractArticlesPerSecAllCores: allCores === undefined ? null : articles.length / allCores,
    extractWordsPerSecAllCores: allCores === undefined ? null : words / allCores,
  };
}

const meta = (a) => ({
  id: a.id,
  title: a.title,
  source: a.source,
  url: a.url,
  publishedAt: a.publishedAt,
});

const item = (a) => ({ where: a.id, text: a.text, meta: meta(a) });

/** One very long text (the same articles joined): extraction must stay linear in its length. */
function timeLongText(extract, articles, log) {
  const long = articles
    .slice(0, 400)
    .map((a) => a.text)
    .join('\n\n');
  const longWords = countWords(long);
  const longCpu = process.cpuUsage();
  extract(long, { id: 'long' });
  const longUsage = process.cpuUsage(longCpu);
  const longSeconds = (longUsage.user + longUsage.system) / 1e6;
  log(`extract: one text of ${longWords} words, ${longSeconds.toFixed(1)} s of CPU`);
  return { longWords, longSeconds };
}

/** Seconds for the CLI's worker pool to extract `items` on `workers` threads; undefined without it. */
async function timeWorkerPool(items, workers, log) {
  try {
    const { extractArticles } = await import('../../packages/parallel/dist/index.js');
    log(`extract: ${workers} worker threads, same articles`);
    async function* all() {
      yield* items;
    }
    const started = process.hrtime.bigint();
    let failed = 0;
    for await (const out of extractArticles(all(), { workers })) if ('error' in out) failed += 1;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    log(`  ${seconds.toFixed(1)} s${failed ? `, ${failed} failed` : ''}`);
    return seconds;
  } catch (error) {
    log(`  worker pool unavailable (${error.message}); build the CLI (pnpm build)`);
    return undefined;
  }
}
