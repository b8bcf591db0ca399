import { normalizeName } from '../normalize.js';
import { addTally, emptyTally, type Tally } from '../tally.js';
import type { GoldQuote, GoldQuotes, SourceKind } from './gold-quotes.js';
import type { BratSpan } from './read-brat.js';

/** What the scorer needs of an extraction: quotes with speakers, and the speakers' mentions. */
export interface PredictedQuotes {
  quotes: ReadonlyArray<{ start: number; end: number; speakerId: string }>;
  entities: ReadonlyArray<{ id: string; name: string; aliases?: readonly string[] }>;
  mentions: ReadonlyArray<{ start: number; end: number; entityId: string }>;
}

export interface SpeakerTally {
  /** Found gold quotes whose speaker could be judged. */
  judged: number;
  right: number;
}

export type Problem =
  | { kind: 'miss'; text: string; source: SourceKind }
  | { kind: 'false-positive'; text: string }
  | { kind: 'wrong-speaker'; text: string; source: SourceKind; said: string; expected: string };

export interface PolnearScore {
  articles: number;
  quotes: Tally;
  endToEnd: Tally;
  speakers: Record<Exclude<SourceKind, 'none'>, SpeakerTally>;
  /** Found gold quotes with no speaker to judge against (no Source, or a pronoun with no name before it). */
  unjudged: number;
  problems: Array<{ article: string; problem: Problem }>;
}

export function emptyPolnearScore(): PolnearScore {
  return {
    articles: 0,
    quotes: emptyTally(),
    endToEnd: emptyTally(),
    speakers: {
      name: { judged: 0, right: 0 },
      pronoun: { judged: 0, right: 0 },
      description: { judged: 0, right: 0 },
    },
    unjudged: 0,
    problems: [],
  };
}

/** Number of letters and digits before each offset, so overlaps are counted in letters. */
function letterPrefix(text: string): Int32Array {
  const prefix = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i++)
    prefix[i + 1] = (prefix[i] ?? 0) + (/[\p{L}\p{N}]/u.test(text[i] ?? '') ? 1 : 0);
  return prefix;
}

function contains(a: string, b: string): boolean {
  return a !== '' && b !== '' && ` ${a} `.includes(` ${b} `);
}

function speakerRight(
  predicted: PredictedQuotes,
  speakerId: string,
  refs: readonly BratSpan[],
): boolean {
  const entity = predicted.entities.find((e) => e.id === speakerId);
  const names = [entity?.name ?? '', ...(entity?.aliases ?? [])].map(normalizeName);
  const mentions = predicted.mentions.filter((m) => m.entityId === speakerId);
  return refs.some((ref) => {
    if (ref.fragments.some(([s, e]) => mentions.some((m) => m.start < e && s < m.end))) return true;
    const key = normalizeName(ref.text);
    return names.some((n) => contains(key, n) || contains(n, key));
  });
}

interface Span {
  start: number;
  end: number;
}

/** One article being scored: how much of a unit a quote covers, and what was found. */
class ArticleScoring {
  readonly quotes = emptyTally();
  readonly e2e = emptyTally();
  readonly found = new Set<GoldQuote>();
  readonly right = new Set<GoldQuote>();
  private readonly letters: Int32Array;

  constructor(
    private readonly article: string,
    private readonly text: string,
    private readonly into: PolnearScore,
  ) {
    this.letters = letterPrefix(text);
  }

  private count(s: number, e: number): number {
    return e > s ? (this.letters[e] ?? 0) - (this.letters[s] ?? 0) : 0;
  }

  /** The quote covers at least half of the unit's letters. */
  covers(q: Span, u: Span): boolean {
    return (
      2 * this.count(Math.max(q.start, u.start), Math.min(q.end, u.end)) >=
      this.count(u.start, u.end)
    );
  }

  report(problem: Problem): void {
    this.into.problems.push({ article: this.article, problem });
  }

  snippet(s: Span): string {
    return this.text.slice(s.start, Math.min(s.end, s.start + 80));
  }
}

function judged(u: GoldQuote): boolean {
  return u.source.kind !== 'none' && u.source.refs.length > 0;
}

/** Each extracted quote: right, wrong, or neutral (inside a partial quote of a paraphrase). */
function scorePredictions(run: ArticleScoring, gold: GoldQuotes, predicted: PredictedQuotes): void {
  for (const q of predicted.quotes) {
    const matched = gold.quotes.filter((u) => run.covers(q, u));
    if (matched.length === 0 && gold.neutral.some((u) => q.start < u.end && u.start < q.end))
      continue;
    run.quotes.predicted++;
    run.e2e.predicted++;
    if (matched.length === 0) {
      run.report({ kind: 'false-positive', text: run.snippet(q) });
      continue;
    }
    run.quotes.correct++;
    let right = false;
    for (const u of matched) {
      run.found.add(u);
      if (judged(u) && !speakerRight(predicted, q.speakerId, u.source.refs)) continue;
      right = true;
      run.right.add(u);
    }
    if (right) run.e2e.correct++;
  }
}

/** Each gold quote: found or missed, and for a found one whether its speaker is right. */
function scoreGold(
  run: ArticleScoring,
  gold: GoldQuotes,
  predicted: PredictedQuotes,
  into: PolnearScore,
): void {
  for (const u of gold.quotes) {
    run.quotes.gold++;
    run.e2e.gold++;
    if (run.right.has(u)) run.e2e.found++;
    if (!run.found.has(u)) {
      run.report({ kind: 'miss', text: run.snippet(u), source: u.source.kind });
      continue;
    }
    run.quotes.found++;
    if (u.source.kind === 'none' || !judged(u)) {
      into.unjudged++;
      continue;
    }
    const tally = into.speakers[u.source.kind];
    tally.judged++;
    if (run.right.has(u)) {
      tally.right++;
      continue;
    }
    const q = predicted.quotes.find((p) => run.covers(p, u));
    run.report({
      kind: 'wrong-speaker',
      text: run.snippet(u),
      source: u.source.kind,
      said: predicted.entities.find((e) => e.id === q?.speakerId)?.name ?? '?',
      expected: u.source.refs.map((r) => r.text).join(' / '),
    });
  }
}

/** Scores one article's quotes into `into`: spans first, then the speaker of each found quote. */
export function scorePolnearArticle(options: {
  article: string;
  text: string;
  gold: GoldQuotes;
  predicted: PredictedQuotes;
  into: PolnearScore;
}): void {
  const { article, text, gold, predicted, into } = options;
  const run = new ArticleScoring(article, text, into);
  scorePredictions(run, gold, predicted);
  scoreGold(run, gold, predicted, into);
  into.articles++;
  addTally(into.quotes, run.quotes);
  addTally(into.endToEnd, run.e2e);
}
