import type { Relation } from '@newsgraph/graph-schema';
import { lexicon } from './lexicon/lexicon.js';
import { truecase, writtenInCapitals } from './text/truecase.js';
import type { Analysis } from './types.js';

/**
 * The text the stages read: a text written in capitals in the case news would write it (the
 * rules and the tagger read case), any other text as it is. Offsets are the same in both.
 */
export function readableText(text: string): string {
  return writtenInCapitals(text) ? truecase(text, lexicon()) : text;
}

/** The analysis of a re-cased text with the article's own text in every span. */
export function withText(analysis: Analysis, text: string): Analysis {
  return {
    ...analysis,
    text,
    mentions: analysis.mentions.map((m) => ({ ...m, text: text.slice(m.start, m.end) })),
    quotes: analysis.quotes.map((q) => ({ ...q, text: text.slice(q.start, q.end) })),
  };
}

/** A relation found in a re-cased text, its evidence quoting the article's own text. */
export function withEvidenceText(relation: Relation, text: string): Relation {
  return {
    ...relation,
    evidence: relation.evidence.map((e) => ({ ...e, text: text.slice(e.start, e.end) })),
  };
}
