import { ARTICLE_KEY, type GoldFile, type GoldQuote, type GoldRelation } from './gold-schema.js';
import { quoteWords } from './normalize.js';
import type { RelationInput } from './match-relations.js';
import { emptyTally, type Tally } from './tally.js';

export interface QuoteMiss {
  speaker: string;
  speakerName: string;
  text: string;
}

export interface QuoteFalsePositive {
  speakerName: string;
  /** The gold entity the speaker matched, if any. */
  speakerKey?: string;
  text: string;
}

export interface QuoteScore {
  tally: Tally;
  missed: QuoteMiss[];
  falsePositives: QuoteFalsePositive[];
}

interface Extracted {
  key: string | undefined;
  speakerName: string;
  words: string[];
  text: string;
}

/**
 * Scores extracted quotes (the `properties.text` of QUOTES relations) against gold quotes. A gold
 * quote is found by an extracted quote of the same speaker that holds at least half of its words,
 * provided that extracted quote is itself at least half made of the speaker's gold-quote words.
 * "Same speaker" also admits an accepted alternative of the gold QUOTES relation (a ministry
 * for its state). An unmatched quote whose speaker has no gold quotes but may optionally be
 * quoted (an optional QUOTES relation) is absorbed, like any optional gold item.
 */
export function scoreQuotes(input: RelationInput): QuoteScore {
  const { gold } = input;
  const speakersOf = acceptedSpeakers(gold);
  const optionallyQuoted = quotedKeys(gold.relations.filter((r) => !r.required));
  const found = new Set<GoldQuote>();
  const result: QuoteScore = { tally: emptyTally(), missed: [], falsePositives: [] };
  for (const quote of extractedQuotes(input)) {
    const speakers =
      quote.key === undefined ? new Set<string>() : (speakersOf.get(quote.key) ?? new Set());
    const candidates = gold.quotes.filter((q) => speakers.has(q.speaker));
    const hits = quoteHits(quote.words, candidates);
    hits.forEach((hit) => found.add(hit));
    if (hits.length === 0 && speakers.size === 0 && optionallyQuoted.has(quote.key ?? '')) continue;
    result.tally.predicted += 1;
    if (hits.length > 0) result.tally.correct += 1;
    else result.falsePositives.push(describeFalsePositive(quote));
  }
  result.tally.gold = gold.quotes.length;
  result.tally.found = found.size;
  const name = (key: string): string => gold.entities.find((e) => e.key === key)?.name ?? key;
  for (const q of gold.quotes.filter((q) => !found.has(q))) {
    result.missed.push({ speaker: q.speaker, speakerName: name(q.speaker), text: q.text });
  }
  return result;
}

/** The gold quotes an extracted quote finds; none when it is mostly not the speaker's words. */
export function quoteHits(words: readonly string[], candidates: readonly GoldQuote[]): GoldQuote[] {
  const goldWords = candidates.map((q) => quoteWords(q.text));
  if (!atLeastHalf(words, bag(goldWords.flat()))) return [];
  const own = bag(words);
  return candidates.filter((_, i) => atLeastHalf(goldWords[i] ?? [], own));
}

/** True when at least half of `words` (counted with repeats) can be drawn from `pool`. */
function atLeastHalf(words: readonly string[], pool: Map<string, number>): boolean {
  if (words.length === 0) return false;
  const left = new Map(pool);
  let shared = 0;
  for (const word of words) {
    const n = left.get(word) ?? 0;
    if (n > 0) {
      shared += 1;
      left.set(word, n - 1);
    }
  }
  return shared * 2 >= words.length;
}

function bag(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** Extracted key → the gold speakers it may stand for: itself, or the alternatives' targets. */
function acceptedSpeakers(gold: GoldFile): Map<string, Set<string>> {
  const speakersOf = new Map<string, Set<string>>();
  const add = (key: string, speaker: string): void => {
    speakersOf.set(key, (speakersOf.get(key) ?? new Set()).add(speaker));
  };
  for (const { speaker } of gold.quotes) add(speaker, speaker);
  const speakers = new Set(gold.quotes.map((q) => q.speaker));
  for (const relation of gold.relations.filter((r) => speakers.has(r.target))) {
    for (const key of quotedKeys([relation])) add(key, relation.target);
  }
  return speakersOf;
}

/** Keys the given relations allow the article to quote (targets of QUOTES and alternatives). */
function quotedKeys(relations: readonly GoldRelation[]): Set<string> {
  const keys = new Set<string>();
  for (const relation of relations) {
    const types = typeof relation.type === 'string' ? [relation.type] : relation.type;
    if (!types.includes('QUOTES')) continue;
    const pairs = [[relation.source, relation.target], ...(relation.alternatives ?? [])];
    for (const [source, target] of pairs) if (source === ARTICLE_KEY && target) keys.add(target);
  }
  return keys;
}

function extractedQuotes({ predicted, keyOf }: RelationInput): Extracted[] {
  return predicted.relations
    .filter((r) => r.type === 'QUOTES')
    .map((r) => {
      const text = r.properties.text ?? r.evidence[0]?.text ?? '';
      const speakerName = predicted.entities.find((e) => e.id === r.target)?.name ?? r.target;
      return { key: keyOf.get(r.target), speakerName, text, words: quoteWords(text) };
    });
}

function describeFalsePositive(quote: Extracted): QuoteFalsePositive {
  const base = { speakerName: quote.speakerName, text: quote.text };
  return quote.key === undefined ? base : { ...base, speakerKey: quote.key };
}
