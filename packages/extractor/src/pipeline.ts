import type { GraphDocument } from '@newsgraph/graph-schema';
import { linkTableActors } from './actors/link-stage.js';
import { hintLoneNames } from './actors/lone-names.js';
import { buildDocument } from './document.js';
import { lexicon } from './lexicon/lexicon.js';
import { speakerWords } from './lexicon/speaker-words.js';
import { extractRelations } from './relations/index.js';
import { findCandidates } from './stages/mentions.js';
import { hintPersonSlots } from './stages/person-slots.js';
import { attributeQuotes } from './stages/quotes.js';
import { resolveEntities } from './stages/resolve.js';
import { proposeTaggedNames } from './stages/tagger-proposals.js';
import { shippedTagger } from './tagger/load.js';
import { segment } from './text/segment.js';
import { tokenize, type Token } from './text/tokenize.js';
import type { Analysis, ArticleMeta, ExtractOptions, Sentence } from './types.js';

/** Token index range [first, last) of each sentence. */
function sentenceTokens(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  for (const s of sentences) {
    while (i < tokens.length && (tokens[i]?.start ?? 0) < s.start) i++;
    const first = i;
    while (i < tokens.length && (tokens[i]?.end ?? 0) <= s.end) i++;
    out.push([first, i]);
  }
  return out;
}

interface AnalysisWithConfidence {
  analysis: Analysis;
  quoteConfidences: number[];
}

function run(text: string, meta: ArticleMeta, options: ExtractOptions): AnalysisWithConfidence {
  const lex = lexicon();
  const { paragraphs, sentences } = segment(text, { headline: meta.headline ?? true });
  const tokens = tokenize(text);
  const ranges = sentenceTokens(tokens, sentences);
  const { candidates, acronyms } = findCandidates({
    text,
    tokens,
    sentences,
    paragraphs,
    sentenceTokens: ranges,
    lexicon: lex,
  });
  const proposed =
    meta.tagger === false
      ? candidates
      : proposeTaggedNames({
          text,
          tokens,
          sentences,
          paragraphs,
          sentenceTokens: ranges,
          candidates,
          tagger: shippedTagger('ner'),
          lexicon: lex,
        });
  const slotted =
    meta.tagger === false
      ? proposed
      : hintPersonSlots({
          tokens,
          sentenceTokens: ranges,
          candidates: proposed,
          tagger: shippedTagger('ner'),
          lexicon: lex,
        });
  const hinted = hintLoneNames(slotted, { text, meta, options });
  const { entities, mentions } = linkTableActors(
    resolveEntities({ text, candidates: hinted, acronyms }),
    { text, meta, options },
  );
  const quotes = attributeQuotes({
    text,
    tokens,
    sentences,
    paragraphs,
    sentenceTokens: ranges,
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
