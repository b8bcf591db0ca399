import { bioSpans, tagDocument } from '@newsgraph/extractor';
import { NER_TYPES, type NerSpan, type NerType } from './conll-score.js';

/**
 * The shipped sequence tagger as a CoNLL NER tagger. The text is a `conllText`: sentences on
 * lines, tokens between single spaces, so splitting there gives back the gold tokenization.
 */
export function sequenceTaggerNer(text: string): NerSpan[] {
  const lines = text.split('\n');
  const sentences = lines.map((line) => line.split(' '));
  const tagged = tagDocument(sentences);
  const spans: NerSpan[] = [];
  let lineStart = 0;
  sentences.forEach((words, s) => {
    const starts: number[] = [];
    let at = lineStart;
    for (const word of words) {
      starts.push(at);
      at += word.length + 1;
    }
    for (const span of bioSpans(tagged[s] ?? [])) {
      const start = starts[span.start];
      const last = span.end - 1;
      const end = (starts[last] ?? 0) + (words[last]?.length ?? 0);
      if (start !== undefined && isNerType(span.type)) spans.push({ start, end, type: span.type });
    }
    lineStart += (lines[s]?.length ?? 0) + 1;
  });
  return spans;
}

function isNerType(type: string): type is NerType {
  return (NER_TYPES as readonly string[]).includes(type);
}
