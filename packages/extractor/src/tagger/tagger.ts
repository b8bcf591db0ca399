import type { Lexicon } from '../lexicon/lexicon.js';
import {
  documentCase,
  DYNAMIC_SLOTS,
  dynamicFeatures,
  SentenceFeatures,
  type DocumentCase,
} from './features.js';
import { bestTag, scoreToken, transitions, type TaggerModel } from './model.js';
import { CaseTable, type TagHistory } from './case-table.js';
import { CAPITALIZED } from './token-hashes.js';

type Word = { readonly text: string };

/**
 * Greedy left-to-right decoding with a trained model: each token gets the best tag allowed after
 * the previous one, from its static features and the tags already chosen.
 */
export class SequenceTagger {
  private readonly features: SentenceFeatures;
  private readonly scores: Float64Array;
  private readonly dynamic = new Int32Array(DYNAMIC_SLOTS);
  private readonly allowed: Uint8Array;
  /** The index of "O". */
  private readonly outside: number;

  constructor(
    readonly model: TaggerModel,
    lex: Lexicon,
  ) {
    this.features = new SentenceFeatures(lex);
    this.scores = new Float64Array(model.tags.length);
    this.allowed = transitions(model.tags, model.bio);
    this.outside = Math.max(0, model.tags.indexOf('O'));
  }

  /** Tags of every sentence of one document, with the document's case and tag history. */
  tagDocument(sentences: readonly (readonly Word[])[]): string[][] {
    const docCase = documentCase(sentences);
    const history = new CaseTable();
    return sentences.map((words) => this.tagIndices(words, docCase, history).map(this.tagName));
  }

  /** Tags of every sentence of one document with each token's score margin (see tagIndices). */
  tagDocumentWithMargins(sentences: readonly (readonly Word[])[]): {
    tags: string[][];
    margins: number[][];
  } {
    const docCase = documentCase(sentences);
    const history = new CaseTable();
    const margins: number[][] = [];
    const tags = sentences.map((words) => {
      const m: number[] = [];
      margins.push(m);
      return this.tagIndices(words, docCase, history, m).map(this.tagName);
    });
    return { tags, margins };
  }

  /** Tags of one sentence on its own. */
  tagSentence(words: readonly Word[]): string[] {
    return this.tagIndices(words, documentCase([words]), new CaseTable(8)).map(this.tagName);
  }

  /**
   * As {@link tagSentence}, from the features `other` computed for the same words last (see
   * {@link tagSentenceTogether}): the features depend on the words and the lexicon alone.
   */
  private tagSentenceAs(other: SequenceTagger, n: number): string[] {
    return this.decode(other.features, n, new CaseTable(8)).map(this.tagName);
  }

  /**
   * Tag indices of one sentence; `history` (word hash → last tag) is read and updated. `margins`,
   * when given, receives per token how far the chosen tag's score is ahead of the next allowed one.
   * With `windows` (token ranges [from, to)), only those tokens are tagged, each window from an
   * "O" before it, and the rest are "O" with an infinite margin: the extractor tags only around
   * the names its rules left open.
   */
  tagIndices(
    words: readonly Word[],
    docCase: DocumentCase,
    history: TagHistory,
    margins?: number[],
    windows?: ReadonlyArray<readonly [number, number]>,
  ): number[] {
    this.features.compute(words, docCase, windows);
    return this.decode(this.features, words.length, history, margins, windows);
  }

  /** tagIndices from the static features `f` computed for the sentence's `n` words. */
  private decode(
    f: SentenceFeatures,
    n: number,
    history: TagHistory,
    margins?: number[],
    windows?: ReadonlyArray<readonly [number, number]>,
  ): number[] {
    const out = new Array<number>(n).fill(this.outside);
    if (margins !== undefined) for (let i = 0; i < n; i++) margins[i] = Infinity;
    for (const [from, to] of windows ?? [[0, n]]) {
      let prev = from === 0 ? -1 : this.outside;
      let prev2 = from <= 1 ? -1 : this.outside;
      for (let i = from; i < to; i++) {
        const tag = this.tagToken(f, i, prev, prev2, history);
        if (margins !== undefined) margins[i] = margin(this.scores, this.allowed, prev, tag);
        out[i] = tag;
        prev2 = prev;
        prev = tag;
      }
    }
    return out;
  }

  private tagToken(
    f: SentenceFeatures,
    i: number,
    prev: number,
    prev2: number,
    history: TagHistory,
  ): number {
    const lw = f.hashes.lower[i] ?? 0;
    const capital = ((f.hashes.props[i] ?? 0) & CAPITALIZED) !== 0;
    const seen = capital ? (history.get(lw) ?? -1) : -2;
    dynamicFeatures(this.dynamic, { prev, prev2, history: seen }, lw, f.hashes.shape[i] ?? 0);
    scoreToken(this.model, f.feats, i, this.dynamic, this.scores);
    const tag = bestTag(this.scores, this.allowed, prev);
    if (capital) history.set(lw, tag);
    return tag;
  }

  private readonly tagName = (t: number): string => this.model.tags[t] ?? 'O';

  /**
   * Tags of one sentence by two taggers of the same lexicon (the shipped POS and chunk taggers),
   * the features computed once: what each one's tagSentence gives.
   */
  static tagSentenceTogether(
    first: SequenceTagger,
    second: SequenceTagger,
    words: readonly Word[],
  ): [string[], string[]] {
    const tags = first.tagSentence(words);
    if (second.features.lexicon !== first.features.lexicon)
      return [tags, second.tagSentence(words)];
    return [tags, second.tagSentenceAs(first, words.length)];
  }
}

/** The chosen tag's score minus the best other allowed tag's. */
function margin(scores: Float64Array, allowed: Uint8Array, prev: number, tag: number): number {
  const n = scores.length;
  let second = -Infinity;
  for (let t = 0; t < n; t++)
    if (t !== tag && allowed[(prev + 1) * n + t] === 1) second = Math.max(second, scores[t] ?? 0);
  return (scores[tag] ?? 0) - second;
}
