// Words per second of extraction on one thread with and without the sequence tagger, the tagger
// alone, and what loading the shipped NER model costs. `node scripts/ner/speed.mjs [minWords]`
// after `pnpm build`; a quick check, not the full `pnpm bench`.
import { articlesOfWords } from '../bench/articles.mjs';

const minWords = Number(process.argv[2] ?? 300_000);
const { extract, tagDocument } = await import('../../packages/extractor/dist/index.js');
extract('Warm up the lexicon in Paris.', { tagger: false });
const memory = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
const before = memory();
const loadStart = process.hrtime.bigint();
tagDocument([['Warm', 'up']]);
const loadMs = Number(process.hrtime.bigint() - loadStart) / 1e6;
globalThis.gc?.();
console.log(
  `load: NER model ${loadMs.toFixed(0)} ms, ${((memory() - before) / 1e6).toFixed(1)} MB`,
);

const { articles, words } = articlesOfWords(minWords);
for (const a of articles.slice(0, 30))
  for (const tagger of [true, false]) extract(a.text, { tagger });

function cpuSeconds(run) {
  const cpu = process.cpuUsage();
  run();
  const { user, system } = process.cpuUsage(cpu);
  return (user + system) / 1e6;
}
// Alternating rounds, the best of each: on a busy machine the fastest round is the least disturbed.
const best = { false: Infinity, true: Infinity };
for (let round = 0; round < 5; round++) {
  for (const tagger of [false, true]) {
    const s = cpuSeconds(() => {
      for (const a of articles) extract(a.text, { id: a.id, tagger });
    });
    best[tagger] = Math.min(best[tagger], s);
  }
}
for (const tagger of [false, true])
  console.log(
    `extract ${tagger ? 'with' : 'without'} tagger: ${Math.round(words / best[tagger])} words/s (${words} words, best of 5: ${best[tagger].toFixed(2)} s CPU)`,
  );
const sentences = articles.flatMap((a) => a.text.split(/(?<=[.!?])\s+/).map((s) => s.split(/\s+/)));
const tokens = sentences.reduce((n, s) => n + s.length, 0);
const s = cpuSeconds(() => tagDocument(sentences));
console.log(`tagger alone: ${Math.round(tokens / s)} tokens/s`);
