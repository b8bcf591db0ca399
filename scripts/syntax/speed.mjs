// Time of the syntax layer alone: every sentence of an article parsed `rounds` times (default
// 100). Usage: node scripts/syntax/speed.mjs [article.txt] [rounds]
import { readFileSync } from 'node:fs';

const { analyze, parseSentence } = await import('../../packages/extractor/dist/index.js');
const file = process.argv[2] ?? 'examples/00-nato-islamic-state.txt';
const rounds = Number(process.argv[3] ?? 100);
const text = readFileSync(file, 'utf8');
const { sentences } = analyze(text, {});
const words = text.split(/\s+/).filter(Boolean).length;
parseSentence(text, sentences[0].start, sentences[0].end); // reads the models once
const began = process.hrtime.bigint();
for (let round = 0; round < rounds; round++)
  for (const s of sentences) parseSentence(text, s.start, s.end);
const seconds = Number(process.hrtime.bigint() - began) / 1e9;
process.stdout.write(
  `${file}: ${sentences.length} sentences, ${words} words x ${rounds}: ${seconds.toFixed(2)} s, ` +
    `${Math.round((words * rounds) / seconds)} words/s parsed\n`,
);
