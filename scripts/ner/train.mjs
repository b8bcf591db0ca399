// Trains the shipped sequence taggers (NER, part of speech, chunks) on CoNLL-2003 and writes them
// to packages/extractor/model. Deterministic for a given --seed. Run with `pnpm train:ner`.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  bioSpans,
  createTagger,
  encodeModel,
  quantize,
  trainTagger,
} from '../../packages/extractor/dist/index.js';
import { readConllColumn } from './conll.mjs';

const { values } = parseArgs({
  options: {
    tasks: { type: 'string', default: 'ner,pos,chunk' },
    train: { type: 'string', default: '../shared/eval/conll2003/train.txt' },
    dev: { type: 'string', default: '../shared/eval/conll2003/dev.txt' },
    out: { type: 'string', default: 'packages/extractor/model' },
    seed: { type: 'string', default: '13' },
    epochs: { type: 'string', default: '25' },
    limit: { type: 'string' },
  },
});

/** Bits of hashed feature buckets per task. */
const SETTINGS = {
  ner: { bits: 20, bio: true },
  pos: { bits: 18, bio: false },
  chunk: { bits: 18, bio: false },
};
/** Smallest kept quantized weights tried, largest first: the first within 0.001 of the float model wins. */
const MINIMA = [64, 32, 16, 8, 4, 2, 1];
const SCORED = new Set(['PER', 'ORG', 'LOC']);

/** Exact-span F1 of PER, ORG and LOC (MISC is not scored), as `newsgraph eval --conll` does. */
function spanF1(tagger, docs) {
  let gold = 0;
  let predicted = 0;
  let correct = 0;
  for (const doc of docs) {
    const tagged = tagger.tagDocument(doc.map((s) => s.words.map((text) => ({ text }))));
    doc.forEach((s, i) => {
      const key = (x) => `${x.type}:${x.start}:${x.end}`;
      const g = new Set(
        bioSpans(s.tags)
          .filter((x) => SCORED.has(x.type))
          .map(key),
      );
      const p = bioSpans(tagged[i])
        .filter((x) => SCORED.has(x.type))
        .map(key);
      gold += g.size;
      predicted += p.length;
      correct += p.filter((k) => g.has(k)).length;
    });
  }
  const precision = correct / predicted || 0;
  const recall = correct / gold || 0;
  return (2 * precision * recall) / (precision + recall) || 0;
}

/**
 * The least margin (in the quantized model's units, on a grid of 250) at which the PER and ORG
 * names the tagger finds on the held-out data are right at least 95% of the time.
 */
function calibrateMargin(tagger, docs) {
  const found = [];
  for (const doc of docs) {
    const { tags, margins } = tagger.tagDocumentWithMargins(
      doc.map((s) => s.words.map((text) => ({ text }))),
    );
    doc.forEach((s, i) => {
      const gold = new Set(bioSpans(s.tags).map((x) => `${x.type}:${x.start}:${x.end}`));
      for (const x of bioSpans(tags[i]).filter((x) => x.type === 'PER' || x.type === 'ORG'))
        found.push({
          margin: Math.min(...margins[i].slice(x.start, x.end)),
          right: gold.has(`${x.type}:${x.start}:${x.end}`),
        });
    });
  }
  for (let m = 0; ; m += 250) {
    const kept = found.filter((f) => f.margin >= m);
    if (kept.length === 0 || kept.filter((f) => f.right).length / kept.length >= 0.95) {
      console.error(
        `ner: proposals need a margin of ${m} (${kept.length} of ${found.length} PER/ORG names on dev)`,
      );
      return m;
    }
  }
}

function accuracy(tagger, docs) {
  let right = 0;
  let all = 0;
  for (const doc of docs) {
    const tagged = tagger.tagDocument(doc.map((s) => s.words.map((text) => ({ text }))));
    doc.forEach((s, i) =>
      s.tags.forEach((t, k) => {
        all++;
        if (tagged[i][k] === t) right++;
      }),
    );
  }
  return right / all;
}

for (const task of values.tasks.split(',')) {
  const settings = SETTINGS[task];
  if (settings === undefined) throw new Error(`--tasks: unknown task "${task}"`);
  const limit = values.limit === undefined ? Infinity : Number(values.limit);
  const train = readConllColumn(values.train, task).slice(0, limit);
  const dev = readConllColumn(values.dev, task);
  const score = (model) => (task === 'ner' ? spanF1 : accuracy)(createTagger(model), dev);
  const started = Date.now();
  const result = trainTagger(train, {
    task,
    bits: settings.bits,
    epochs: Number(values.epochs),
    seed: Number(values.seed),
    bio: settings.bio,
    patience: 4,
    evaluate: score,
    onEpoch: (r) =>
      console.error(
        `${task} epoch ${r.epoch}: ${r.errors}/${r.tokens} errors, dev ${r.score?.toFixed(4)} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
      ),
  });
  const float = score(result.model);
  let compact;
  let quantized = 0;
  for (const minimum of MINIMA) {
    compact = quantize(result.model, minimum);
    quantized = score(compact);
    console.error(`${task}: weights of at least ${minimum} kept: dev ${quantized.toFixed(4)}`);
    if (quantized >= float - 0.001) break;
  }
  if (task === 'ner') compact.proposalMargin = calibrateMargin(createTagger(compact), dev);
  const file = encodeModel(compact);
  writeFileSync(`${values.out}/${task}.bin.gz`, file);
  console.error(
    `${task}: best epoch ${result.best}, dev ${float.toFixed(4)} float, ${quantized.toFixed(4)} quantized, ` +
      `${(file.length / 1e6).toFixed(2)} MB, ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
}
