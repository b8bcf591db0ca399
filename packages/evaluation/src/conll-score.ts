import { tagSpans, type ConllDocument } from './conll-read.js';
import { summarize, type Summary } from './score-corpus.js';
import { addTally, emptyTally, type Tally } from './tally.js';

export const NER_TYPES = ['PER', 'ORG', 'LOC'] as const;
export type NerType = (typeof NER_TYPES)[number];

/** A named entity as a character range [start, end) of the text given to the tagger. */
export interface NerSpan {
  start: number;
  end: number;
  type: NerType;
}

export type NerTagger = (text: string) => readonly NerSpan[];

/** A document as the tagger sees it, with where each token sits in that text. */
export interface ConllText {
  text: string;
  /** Per sentence, per token: its character range in `text`. */
  offsets: { start: number; end: number }[][];
}

export interface ConllScore {
  documents: number;
  sentences: number;
  tokens: number;
  byType: Record<NerType, Summary>;
  total: Summary;
}

/** Joins a document's tokens with spaces and its sentences with newlines. */
export function conllText(document: ConllDocument): ConllText {
  const parts: string[] = [];
  const offsets: { start: number; end: number }[][] = [];
  let at = 0;
  document.sentences.forEach((sentence, s) => {
    if (s > 0) at += 1; // the newline before this sentence
    offsets.push(
      sentence.tokens.map((token, t) => {
        if (t > 0) at += 1; // the space before this token
        const range = { start: at, end: at + token.length };
        at = range.end;
        return range;
      }),
    );
    parts.push(sentence.tokens.join(' '));
  });
  return { text: parts.join('\n'), offsets };
}

/** Gold PER/ORG/LOC entities of a document as character spans of its `conllText`. */
export function goldNerSpans(document: ConllDocument, text: ConllText): NerSpan[] {
  return document.sentences.flatMap((sentence, s) =>
    tagSpans(sentence.tags).flatMap((span) => {
      const first = text.offsets[s]?.[span.start];
      const last = text.offsets[s]?.[span.end - 1];
      if (!isNerType(span.type) || !first || !last) return []; // MISC is not scored
      return [{ start: first.start, end: last.end, type: span.type }];
    }),
  );
}

/**
 * Exact-span precision/recall/F1 of a tagger, per type and micro-averaged over all documents.
 * Spans of other types are ignored on both sides, and a span the tagger repeats counts once.
 */
export function scoreConll(documents: readonly ConllDocument[], tagger: NerTagger): ConllScore {
  const tallies = { PER: emptyTally(), ORG: emptyTally(), LOC: emptyTally() };
  let sentences = 0;
  let tokens = 0;
  for (const document of documents) {
    const text = conllText(document);
    const gold = byKey(goldNerSpans(document, text));
    const predicted = byKey(tagger(text.text).filter((s) => isNerType(s.type)));
    for (const [key, span] of gold)
      count(tallies[span.type], 'gold', predicted.has(key) && 'found');
    for (const [key, span] of predicted)
      count(tallies[span.type], 'predicted', gold.has(key) && 'correct');
    sentences += document.sentences.length;
    tokens += document.sentences.reduce((n, s) => n + s.tokens.length, 0);
  }
  const total = Object.values(tallies).reduce(addTally, emptyTally());
  return {
    documents: documents.length,
    sentences,
    tokens,
    byType: {
      PER: summarize(tallies.PER),
      ORG: summarize(tallies.ORG),
      LOC: summarize(tallies.LOC),
    },
    total: summarize(total),
  };
}

const MENTION_TYPES: Readonly<Record<string, NerType>> = {
  Person: 'PER',
  Organization: 'ORG',
  State: 'LOC',
  Location: 'LOC',
};

/**
 * Extractor entity mentions as CoNLL spans: Person → PER, Organization → ORG, State and
 * Location → LOC (CoNLL tags countries as LOC); Group and Event have no CoNLL counterpart
 * (their names are mostly MISC) and are dropped.
 */
export function mentionsToNer(
  mentions: readonly { start: number; end: number; type: string }[],
): NerSpan[] {
  return mentions.flatMap(({ start, end, type }) => {
    const ner = MENTION_TYPES[type];
    return ner === undefined ? [] : [{ start, end, type: ner }];
  });
}

function isNerType(type: string): type is NerType {
  return (NER_TYPES as readonly string[]).includes(type);
}

/** Spans by (type, start, end), so that a repeated span counts once. */
function byKey(spans: readonly NerSpan[]): Map<string, NerSpan> {
  return new Map(spans.map((span) => [`${span.type}:${span.start}:${span.end}`, span]));
}

function count(tally: Tally, field: keyof Tally, hit: keyof Tally | false): void {
  tally[field] += 1;
  if (hit !== false) tally[hit] += 1;
}
