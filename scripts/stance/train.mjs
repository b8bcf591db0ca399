// Trains the pair-stance classifier on the directed-sentiment training split and writes
// packages/extractor/model/pair-stance.bin.gz. A tenth of the training split (every tenth line) is
// held apart to choose the threshold; the validation split is never read here. Deterministic for
// a given --seed. Run with `pnpm train:stance`.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  classifyPair,
  encodeModel,
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
    epochs: { type: 'string', default: '8' },
    bits: { type: 'string', default: '18' },
    minimum: { type: 'string', default: '4' },
    precision: { type: 'string', default: '0.9' },
  },
});

/** The dataset's label (p, q as marked) as the classifier's (A first in the text). */
const SWAP = [0, 2, 1, 4, 3];
const POLARITY = [0, 1, 1, 2, 2];

function examples(items) {
  const out = [];
  for (const item of items) {
    const pair = spanPairFeatures(pairSentence(item.text), item.p, item.q);
    if (pair === undefined) continue;
    out.push({ features: pair.features, label: pair.swapped ? SWAP[item.label] : item.label });
  }
  return out;
}

const items = readStance(readFileSync(values.train, 'utf8'), values.train);
const train = examples(items.filter((_, i) => i % 10 !== 9));
const held = examples(items.filter((_, i) => i % 10 === 9));
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
  .map((e) => ({ ...classifyPair(model, e.features), gold: e.label }))
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
const chosen = verdicts.filter((v) => v.margin >= threshold);
const hits = chosen.filter((v) => POLARITY[v.label] === POLARITY[v.gold]).length;
const alarms = chosen.filter((v) => v.gold === 0).length;
console.table(table);
console.log(
  `train ${train.length} pairs, held apart ${held.length} (${polar} polar); ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
console.log(
  `threshold ${threshold}: held-apart precision ${(hits / chosen.length).toFixed(3)}, polar recall ${(hits / polar).toFixed(3)} (${hits}/${polar}), neutral alarms ${(alarms / neutral).toFixed(3)}`,
);
const file = encodeModel({ ...model, proposalMargin: threshold });
writeFileSync(values.out, file);
console.log(`wrote ${values.out} (${(file.length / 1024).toFixed(0)} KB)`);
