import { availableParallelism } from 'node:os';
import { articleGenerator, countWords } from './articles.mjs';
import { benchLongTexts } from './long-text.mjs';

/**
 * Extraction speed: words per second on this thread over at least `minWords` words of generated
 * articles, then articles per second through the CLI's worker pool on every core.
 */
export async function benchExtract({ minWords = 1_000_000, longMb = [1, 4, 16], log }) {
  const { extract } = await import('../../packages/extractor/dist/index.js');
  const next = articleGenerator({ seed: 23 });
  const articles = [];
  let words = 0;
  while (words < minWords) {
    const a = next(articles.length);
    articles.push(a);
    words += countWords(a.text);
  }
  const meta = (a) => ({
    id: a.id,
    title: a.title,
    source: a.source,
    url: a.url,
    publishedAt: a.publishedAt,
  });
  for (const a of articles.slice(0, 50)) extract(a.text, meta(a)); // warm-up: JIT, lexicons
  log(`extract: one thread, ${articles.length} articles, ${words} words`);
  let started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  let relations = 0;
  for (const a of articles) relations += extract(a.text, meta(a)).relations.length;
  const oneThread = Number(process.hrtime.bigint() - started) / 1e9;
  // CPU time of this process: what one core does, whatever else the machine is busy with.
  const { user, system } = process.cpuUsage(cpu);
  const cpuSeconds = (user + system) / 1e6;
  log(`  ${oneThread.toFixed(1)} s (${cpuSeconds.toFixed(1)} s of CPU), ${relations} relations`);

  // One very long text (the same articles joined): extraction must stay linear in its length.
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
  const longTexts = benchLongTexts({ extract, countWords, sizesMb: longMb, log });

  const workers = availableParallelism();
  let allCores;
  try {
    const { extractArticles } = await import('../../packages/parallel/dist/index.js');
    log(`extract: ${workers} worker threads, same articles`);
    async function* items() {
      for (const a of articles) yield { where: a.id, text: a.text, meta: meta(a) };
    }
    started = process.hrtime.bigint();
    let failed = 0;
    for await (const item of extractArticles(items(), { workers }))
      if ('error' in item) failed += 1;
    allCores = Number(process.hrtime.bigint() - started) / 1e9;
    log(`  ${allCores.toFixed(1)} s${failed ? `, ${failed} failed` : ''}`);
  } catch (error) {
    log(`  worker pool unavailable (${error.message}); build the CLI (pnpm build)`);
  }
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
