import * as crypto from 'node:crypto';
import { GRAPH_DOCUMENT_VERSION, type GraphDocument, type Relation } from '@newsgraph/graph-schema';
import type { Analysis, ArticleMeta } from './types.js';
import { EXTRACTOR_VERSION, GENERATOR_NAME } from './version.js';
import { strength } from './relations/confidence.js';

export interface QuoteEvidence {
  /** Confidence per quote, in `analysis.quotes` order. */
  confidences: readonly number[];
}

// Node 20.12 and later hash in one call, without a Hash object and its stream machinery per text.
const oneShot = (crypto as { hash?: typeof crypto.hash }).hash;

function sha256(text: string): string {
  if (oneShot !== undefined) return oneShot('sha256', text, 'hex');
  return crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The headline: the first non-empty line. */
export function headline(text: string): string {
  // Line by line rather than split: a long text's lines are not all copied to find the first.
  for (let from = 0; from <= text.length;) {
    const nl = text.indexOf('\n', from);
    const to = nl < 0 ? text.length : nl;
    const trimmed = text.slice(from, to).replace(/\s+/g, ' ').trim();
    if (trimmed !== '') return trimmed;
    from = to + 1;
  }
  return '';
}

const SPACE = /\s/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whitespace-separated words with a letter or digit, counted in one pass over the characters:
 * ASCII directly, any other character by the same classes as /\s/ and /[\p{L}\p{N}]/u.
 */
function wordCount(text: string): number {
  let n = 0;
  // Whether the current word was counted already (reset by whitespace).
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (code === 32 || (code >= 9 && code <= 13)) counted = false;
      else if (
        !counted &&
        ((code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122))
      ) {
        counted = true;
        n++;
      }
    } else if (SPACE.test(text.charAt(i))) counted = false;
    else if (!counted && LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i) ?? code))) {
      counted = true;
      n++;
    }
  }
  return n;
}

/** One QUOTES relation per quote: article → speaker, the words and their span. */
export function quoteRelations(
  articleId: string,
  analysis: Analysis,
  evidence: QuoteEvidence,
): Relation[] {
  return analysis.quotes.map((q, i) => ({
    type: 'QUOTES' as const,
    source: articleId,
    target: q.speakerId,
    properties: { text: q.text.replace(/\s+/g, ' ').trim() },
    evidence: [{ start: q.start, end: q.end, text: q.text }],
    confidence: evidence.confidences[i] ?? strength('quote-adjacent'),
  }));
}

export interface DocumentParts {
  text: string;
  meta: ArticleMeta;
  analysis: Analysis;
  relations: Relation[];
  quoteEvidence: QuoteEvidence;
}

/** Assemble the graph document: article node, entities, relations and quotes. */
export function buildDocument(parts: DocumentParts): GraphDocument {
  const { text, meta, analysis } = parts;
  const contentHash = sha256(text);
  const id = meta.id ?? `article:${contentHash.slice(0, 16)}`;
  const optional = {
    ...(meta.source !== undefined ? { source: meta.source } : {}),
    ...(meta.url !== undefined ? { url: meta.url } : {}),
    ...(meta.publishedAt !== undefined ? { publishedAt: meta.publishedAt } : {}),
    ...(meta.language !== undefined ? { language: meta.language } : {}),
  };
  return {
    schemaVersion: GRAPH_DOCUMENT_VERSION,
    generator: { name: GENERATOR_NAME, version: EXTRACTOR_VERSION },
    article: {
      id,
      title: meta.title ?? headline(text),
      ...optional,
      wordCount: wordCount(text),
      contentHash,
    },
    entities: analysis.entities,
    relations: [...parts.relations, ...quoteRelations(id, analysis, parts.quoteEvidence)],
  };
}
