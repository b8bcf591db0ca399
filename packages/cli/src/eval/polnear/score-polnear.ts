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

/** Scores one article's quotes into `into`: spans first, then the speaker of each found quote. */
export function scorePolnearArticle(options: {
  article: string;
  text: string;
  gold: GoldQuotes;
  predicted: PredictedQuotes;
  into: PolnearScore;
}): void {
  const { article, text, gold, predicted, into } = options;
  const letters = letterPrefix(text);
  const count = (s: number, e: number): number =>
    e > s ? (letters[e] ?? 0) - (letters[s] ?? 0) : 0;
  const covers = (q: { start: number; end: number }, u: { start: number; end: number }): boolean =>
    2 * count(Math.max(q.start, u.start), Math.min(q.end, u.end)) >= count(u.start, u.end);
  const quotes = emptyTally();
  const e2e = emptyTally();
  const goldRight = new Set<GoldQuote>();
  const goldFound = new Set<GoldQuote>();
  const snippet = (s: number, e: number): string => text.slice(s, Math.min(e, s + 80));
  for (const q of predicted.quotes) {
    const matched = gold.quotes.filter((u) => covers(q, u));
    if (matched.length === 0) {
      if (gold.neutral.some((u) => q.start < u.end && u.start < q.end)) continue;
      quotes.predicted++;
      e2e.predicted++;
      into.problems.push({
        article,
        problem: { kind: 'false-positive', text: snippet(q.start, q.end) },
      });
      continue;
    }
    quotes.predicted++;
    e2e.predicted++;
    quotes.correct++;
    let right = false;
    for (const u of matched) {
      goldFound.add(u);
      const judged = u.source.kind !== 'none' && u.source.refs.length > 0;
      const ok = !judged || speakerRight(predicted, q.speakerId, u.source.refs);
      if (ok) {
        right = true;
        goldRight.add(u);
      }
    }
    if (right) e2e.correct++;
  }
  for (const u of gold.quotes) {
    quotes.gold++;
    e2e.gold++;
    const found = goldFound.has(u);
    if (found) quotes.found++;
    if (goldRight.has(u)) e2e.found++;
    if (!found) {
      into.problems.push({
        article,
        problem: { kind: 'miss', text: snippet(u.start, u.end), source: u.source.kind },
      });
      continue;
    }
    if (u.source.kind === 'none' || u.source.refs.length === 0) {
      into.unjudged++;
      continue;
    }
    const tally = into.speakers[u.source.kind];
    tally.judged++;
    if (goldRight.has(u)) tally.right++;
    else {
      const q = predicted.quotes.find((p) => covers(p, u));
      const said = predicted.entities.find((e) => e.id === q?.speakerId)?.name ?? '?';
      into.problems.push({
        article,
        problem: {
          kind: 'wrong-speaker',
          text: snippet(u.start, u.end),
          source: u.source.kind,
          said,
          expected: u.source.refs.map((r) => r.text).join(' / '),
        },
      });
    }
  }
  into.articles++;
  addTally(into.quotes, quotes);
  addTally(into.endToEnd, e2e);
}
