import type { GraphDocument } from '@newsgraph/graph-schema';
import { linkTableActors } from './actors/link-stage.js';
import { buildDocument } from './document.js';
import { lexicon } from './lexicon/lexicon.js';
import { speakerWords } from './lexicon/speaker-words.js';
import { extractRelations } from './relations/index.js';
import { resolveEntities } from './stages/resolve.js';
import { shippedTagger } from './tagger/load.js';
import { segment } from './text/segment.js';
import type { Analysis, ArticleMeta, ExtractOptions } from './types.js';
import { windowCandidates, windowQuotes, type WindowedText } from './windowed-stages.js';
import { textWindows } from './windows.js';

interface AnalysisWithConfidence {
  analysis: Analysis;
  quoteConfidences: number[];
}

function run(text: string, meta: ArticleMeta, options: ExtractOptions): AnalysisWithConfidence {
  const lex = lexicon();
  const { paragraphs, sentences } = segment(text, { headline: meta.headline ?? true });
  // Tokens live one window at a time (windows.ts); an ordinary article is one window.
  const whole: WindowedText = {
    text,
    sentences,
    paragraphs,
    windows: textWindows(text.length, sentences),
  };
  const { candidates: proposed, acronyms } = windowCandidates(
    whole,
    lex,
    meta.tagger === false ? undefined : shippedTagger('ner'),
  );
  const { entities, mentions } = linkTableActors(
    resolveEntities({ text, candidates: proposed, acronyms }),
    { text, meta, options },
  );
  const quotes = windowQuotes(whole, {
    mentions,
    entities,
    speechVerbs: lex.speechVerbs,
    speakerWords: speakerWords(),
  });
  return {
    analysis: { text, sentences, entities, mentions, quotes: quotes.map((q) => q.quote) },
    quoteConfidences: quotes.map((q) => q.confidence),
  };
}

/** Sentences, mentions, resolved entities and attributed quotes of one article. Pure and deterministic. */
export function analyze(
  text: string,
  meta: ArticleMeta = {},
  options: ExtractOptions = {},
): Analysis {
  return run(text, meta, options).analysis;
}

/** The graph document of one article: analysis, then relations, then the document itself. */
export function extract(
  text: string,
  meta: ArticleMeta = {},
  options: ExtractOptions = {},
): GraphDocument {
  const { analysis, quoteConfidences } = run(text, meta, options);
  const relations = extractRelations(analysis, options);
  return buildDocument({
    text,
    meta,
    analysis,
    relations,
    quoteEvidence: { confidences: quoteConfidences },
  });
}
