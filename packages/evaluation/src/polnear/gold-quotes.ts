import type { BratDocument, BratSpan } from './read-brat.js';
import { findQuoteUnits, type QuoteUnit } from './quote-units.js';

/** How the annotated Source names its speaker. */
export type SourceKind = 'name' | 'pronoun' | 'description' | 'none';

export interface GoldSource {
  kind: SourceKind;
  /** The spans that identify the speaker: the Source, or for a pronoun the nearest earlier named one. */
  refs: BratSpan[];
}

export interface GoldQuote extends QuoteUnit {
  source: GoldSource;
}

export interface GoldQuotes {
  quotes: GoldQuote[];
  /**
   * Quote units inside annotated content that is not wholly quoted (partial quotes in a
   * paraphrase): a prediction there is neither right nor wrong.
   */
  neutral: QuoteUnit[];
}

// The scorer's closed class of personal pronouns; not the extractor's lexicon.
const PRONOUNS = new Set('i we you he she it they me us him her them this that who'.split(' '));

/** By the head of the phrase; an apposition after a comma ("Ann Lee, a senator,") does not count. */
export function sourceKind(text: string): SourceKind {
  const head = text.split(',')[0] ?? text;
  const words = head.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  if (words.length === 0) return 'none';
  if (words.length === 1 && PRONOUNS.has(words[0]?.toLowerCase() ?? '')) return 'pronoun';
  const last = words[words.length - 1] ?? '';
  return /^\p{Lu}/u.test(last) ? 'name' : 'description';
}

function overlaps(a: readonly [number, number], start: number, end: number): boolean {
  return a[0] < end && start < a[1];
}

/** Every letter of the content lies inside some unit's marks. */
function whollyQuoted(text: string, content: BratSpan, units: readonly QuoteUnit[]): boolean {
  for (const [from, to] of content.fragments) {
    for (let i = from; i < to; i++) {
      if (!/[\p{L}\p{N}]/u.test(text[i] ?? '')) continue;
      if (!units.some((u) => i >= u.outerStart && i < u.outerEnd)) return false;
    }
  }
  return true;
}

function sourceOf(span: BratSpan | undefined, named: readonly BratSpan[]): GoldSource {
  if (span === undefined) return { kind: 'none', refs: [] };
  const kind = sourceKind(span.text);
  if (kind !== 'pronoun') return { kind, refs: [span] };
  const start = span.fragments[0]?.[0] ?? 0;
  const earlier = named.filter((n) => (n.fragments[0]?.[0] ?? 0) < start).at(-1);
  return { kind, refs: earlier === undefined ? [] : [earlier] };
}

/** The event's Source, unless it is the cue itself (an annotation slip: Source "said"). */
function sourceSpan(doc: BratDocument, args: Record<string, string>): BratSpan | undefined {
  const source = doc.spans.get(args['Source'] ?? '');
  const cue = doc.spans.get(args['Cue'] ?? '');
  if (source === undefined || source.type !== 'Source') return undefined;
  if (cue === undefined) return source;
  const slip = source.fragments.some((f) => cue.fragments.some((c) => overlaps(f, c[0], c[1])));
  return slip ? undefined : source;
}

/**
 * The direct quotes of one PolNeAR article: each Content of an attribution whose letters all sit
 * inside quotation marks gives one gold quote per pair of marks, with its event's Source.
 */
export function goldQuotes(text: string, doc: BratDocument): GoldQuotes {
  const units = findQuoteUnits(text);
  const named = [...doc.spans.values()]
    .filter((s) => s.type === 'Source' && sourceKind(s.text) === 'name')
    .sort((a, b) => (a.fragments[0]?.[0] ?? 0) - (b.fragments[0]?.[0] ?? 0));
  const quotes = new Map<QuoteUnit, GoldQuote>();
  const neutral = new Set<QuoteUnit>();
  for (const event of doc.events) {
    const content = doc.spans.get(event.args['Content'] ?? '');
    if (content === undefined) continue;
    const inside = units.filter((u) => content.fragments.some((f) => overlaps(f, u.start, u.end)));
    if (!whollyQuoted(text, content, units)) {
      for (const u of inside) neutral.add(u);
      continue;
    }
    const source = sourceOf(sourceSpan(doc, event.args), named);
    for (const u of inside) {
      const known = quotes.get(u);
      if (known === undefined || (known.source.refs.length === 0 && source.refs.length > 0))
        quotes.set(u, { ...u, source });
    }
  }
  return {
    quotes: [...quotes.values()].sort((a, b) => a.start - b.start),
    neutral: [...neutral].filter((u) => !quotes.has(u)),
  };
}
