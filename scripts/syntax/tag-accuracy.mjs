// Token accuracy of the shipped POS and chunk taggers on a CoNLL-2003 file (columns 2 and 3),
// tagging each document as the extractor's tagDocument does, and each sentence alone as the
// syntax layer does. Usage: node scripts/syntax/tag-accuracy.mjs ../shared/eval/conll2003/dev.txt
import { readFileSync } from 'node:fs';

const { tagDocument, tagSentence } = await import('../../packages/extractor/dist/index.js');

const file = process.argv[2];
if (file === undefined) {
  process.stderr.write('usage: tag-accuracy.mjs <conll file>\n');
  process.exit(2);
}
const docs = [];
let doc = [];
let sentence = [];
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (line.startsWith('-DOCSTART-')) {
    if (doc.length > 0) docs.push(doc);
    doc = [];
    continue;
  }
  if (line.trim() === '') {
    if (sentence.length > 0) doc.push(sentence);
    sentence = [];
    continue;
  }
  const [word, pos, chunk] = line.split(' ');
  sentence.push({ word, pos, chunk });
}
if (sentence.length > 0) doc.push(sentence);
if (doc.length > 0) docs.push(doc);

for (const [task, column] of [
  ['pos', 'pos'],
  ['chunk', 'chunk'],
]) {
  let right = 0;
  let alone = 0;
  let total = 0;
  for (const d of docs) {
    const words = d.map((s) => s.map((t) => t.word));
    const tags = tagDocument(words, task);
    d.forEach((s, i) => {
      const single = tagSentence(words[i], task);
      s.forEach((t, k) => {
        total++;
        if (tags[i][k] === t[column]) right++;
        if (single[k] === t[column]) alone++;
      });
    });
  }
  const fmt = (n) => (n / total).toFixed(3);
  process.stdout.write(
    `${task}: ${total} tokens, document ${fmt(right)}, sentence alone ${fmt(alone)}\n`,
  );
}
