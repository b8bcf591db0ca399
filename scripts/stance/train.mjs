// Trains the pair-stance classifier on the directed-sentiment training split and writes
// packages/extractor/model/pair-stance.bin.gz. A tenth of the training split (every tenth line) is
// held apart to choose the threshold; the validation split is never read here. Deterministic for
// a given --seed. Run with `pnpm train:stance`.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  classifyPair,
  defaultCueLexicon,
  encodeModel,
  extract,
  loadCueLexicon,
  pairFeatures,
  parseSentence,
  pairSentence,
  quantize,
  spanPairFeatures,
  trainPairModel,
} from '../../packages/extractor/dist/index.js';
import { readStance } from '../../packages/evaluation/dist/index.js';

const { values } = parseArgs({
  options: {
    train: { type: 'string', default: '../shared/eval/stance/train.txt' },
    out: { type: 'string', default: 'packages/extractor/model/pair-stance.bin.gz' },
    seed: { type: 'string', default: '13' },
    epochs: { type: 'string', default: '4' },
    bits: { type: 'string', default: '18' },
    minimum: { type: 'string', default: '4' },
    precision: { type: 'string', default: '0.9' },
    news: { type: 'string', default: '../shared/eval/conll2003/train.txt' },
    'news-rate': { type: 'string', default: '3' },
    'drop-cues': { type: 'boolean', default: false },
    'news-alarms': { type: 'string', default: '1' },
  },
});

/** The dataset's label (p, q as marked) as the classifier's (A first in the text). */
const SWAP = [0, 2, 1, 4, 3];
const POLARITY = [0, 1, 1, 2, 2];

function examples(items) {
  const out = [];
  for (const item of items) {
    const syntax = parseSentence(item.text);
    const pair = spanPairFeatures(pairSentence(item.text), item.p, item.q, syntax);
    if (pair === undefined) continue;
    out.push({ features: pair.features, label: pair.swapped ? SWAP[item.label] : item.label });
  }
  return out;
}

/**
 * Presumed-neutral pairs from news: every pair the extractor would hand the classifier in the
 * CoNLL training split's Reuters articles (actors both, no rule relating either), as the
 * extractor reads them. Only the even-numbered articles are read (the odd ones stay unseen for
 * the output diff); every fifth of those is held apart for the threshold. In training, a pair
 * with a stance cue word between is dropped (news does state stances the rules missed).
 */
function newsPairs(path) {
  const cues = loadCueLexicon(defaultCueLexicon());
  const trainPairs = [];
  const heldPairs = [];
  const docs = readFileSync(path, 'utf8').split('-DOCSTART-').slice(1);
  docs.forEach((doc, i) => {
    if (i % 2 === 1) return;
    const text = doc
      .split(/\n\s*\n/)
      .map((s) =>
        s
          .split('\n')
          .filter(Boolean)
          .map((l) => l.split(' ')[0])
          .join(' '),
      )
      .filter(Boolean)
      .join('\n');
    const held = i % 10 === 0;
    extract(
      text,
      {},
      {
        pairCandidates: (sentence, a, b, syntax) => {
          const features = pairFeatures(sentence, a, b, syntax);
          if (held) return heldPairs.push({ features, label: 0 });
          for (let t = a.last + 1; t < b.first && values['drop-cues']; t++)
            if (cues.forms.has(sentence.words[t] ?? '')) return;
          trainPairs.push({ features, label: 0 });
        },
      },
    );
  });
  return { trainPairs, heldPairs };
}

const items = readStance(readFileSync(values.train, 'utf8'), values.train);
const news = values.news === '' ? { trainPairs: [], heldPairs: [] } : newsPairs(values.news);
const rate = Number(values['news-rate']);
// A rate under 1 samples the news pairs, over 1 repeats them (the learner has no example weights).
const newsTrain = news.trainPairs.flatMap((e, i) =>
  Array.from({ length: Math.floor((i + 1) * rate) - Math.floor(i * rate) }, () => e),
);
// The split repeats many sentences word for word: a sentence is held apart with all its copies
// (by a hash of its text), or the threshold would be chosen on lines the model has learnt.
const heldApart = (item) =>
  createHash('md5').update(item.text.replace(/\s+/g, ' ').trim()).digest().readUInt32LE(0) % 10 ===
  9;
const train = [...examples(items.filter((item) => !heldApart(item))), ...newsTrain];
const stanceHeld = examples(items.filter(heldApart));
const held = [...stanceHeld, ...news.heldPairs];
console.log(
  `news pairs: ${news.trainPairs.length} to train (${newsTrain.length} kept), ${news.heldPairs.length} held apart`,
);
const started = Date.now();
const float = trainPairModel(train, {
  bits: Number(values.bits),
  epochs: Number(values.epochs),
  seed: Number(values.seed),
});
const model = quantize(float, Number(values.minimum));

// Held-apart verdicts, surest first: the threshold is the least margin at which the polar calls
// so far keep the asked precision (right polarity), counted from the surest down.
const verdicts = held
  .map((e, i) => ({
    ...classifyPair(model, e.features),
    gold: e.label,
    news: i >= stanceHeld.length,
  }))
  .filter((v) => v.label !== 0)
  .sort((x, y) => y.margin - x.margin);
const polar = held.filter((e) => e.label !== 0).length;
const neutral = held.length - polar;
let right = 0;
let threshold = Infinity;
const table = [];
verdicts.forEach((v, i) => {
  if (POLARITY[v.label] === POLARITY[v.gold]) right++;
  const precision = right / (i + 1);
  if (i >= 19 && precision >= Number(values.precision)) threshold = v.margin;
  if (i % 25 === 24)
    table.push({ calls: i + 1, margin: v.margin, precision: +precision.toFixed(3) });
});
// Also at most the asked share of the held-apart news pairs called polar: news sentences hold
// far more neutral pairs than the benchmark's, so its precision alone overrates the threshold.
const newsCalls = verdicts.filter((v) => v.news);
const allowed = Math.floor(Number(values['news-alarms']) * news.heldPairs.length);
if (newsCalls.length > allowed)
  threshold = Math.max(threshold, (newsCalls[allowed]?.margin ?? 0) + 1);
const chosen = verdicts.filter((v) => v.margin >= threshold);
const hits = chosen.filter((v) => POLARITY[v.label] === POLARITY[v.gold]).length;
const alarms = chosen.filter((v) => v.gold === 0).length;
const newsAlarms = chosen.filter((v) => v.news).length;
console.table(table);
console.log(
  `train ${train.length} pairs, held apart ${held.length} (${polar} polar); ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
console.log(`held-apart news pairs called polar: ${newsAlarms} of ${news.heldPairs.length}`);
console.log(
  `threshold ${threshold}: held-apart precision ${(hits / chosen.length).toFixed(3)}, polar recall ${(hits / polar).toFixed(3)} (${hits}/${polar}), neutral alarms ${(alarms / neutral).toFixed(3)}`,
);
const file = encodeModel({ ...model, proposalMargin: threshold });
writeFileSync(values.out, file);
console.log(`wrote ${values.out} (${(file.length / 1024).toFixed(0)} KB)`);
