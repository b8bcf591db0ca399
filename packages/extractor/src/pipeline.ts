import type { GraphDocument } from '@newsgraph/graph-schema';
import { linkTableActors } from './actors/link-stage.js';
import { keepTokens } from './analysis-tokens.js';
import { hintLoneNames } from './actors/lone-names.js';
import { readableText, withEvidenceText, withText } from './capitals.js';
import { buildDocument } from './document.js';
import { lexicon, type Lexicon } from './lexicon/lexicon.js';
import { speakerWords } from './lexicon/speaker-words.js';
import { extractRelations } from './relations/index.js';
import { refineOrgCandidates } from './stages/org-candidates.js';
import { resolveEntities } from './stages/resolve.js';
import { historicSeats } from './stages/historic-seats.js';
import { aliasStateBodies } from './stages/state-body-aliases.js';
import { shippedTagger } from './tagger/load.js';
import { StringPool } from './string-pool.js';
import { segment } from './text/segment.js';
import { withSpeakerMentions } from './stages/speaker-mentions.js';
import type { Analysis, ArticleMeta, ExtractOptions } from './types.js';
import { windowCandidates, windowQuotes, type WindowedText } from './windowed-stages.js';
import { textWindows, WINDOW_CHARS } from './windows.js';

interface AnalysisWithConfidence {
  analysis: Analysis;
  quoteConfidences: number[];
}

/** Candidates window by window, then entities over the whole article; the candidates die here. */
function resolveWindows(
  whole: WindowedText,
  lex: Lexicon,
  meta: ArticleMeta,
  options: ExtractOptions,
): Pick<Analysis, 'entities' | 'mentions' | 'sports'> {
  const { text } = whole;
  const tagger = meta.tagger === false ? undefined : shippedTagger('ner');
  const { candidates, acronyms, sports } = windowCandidates(whole, lex, tagger);
  const refined = refineOrgCandidates(candidates, {
    text,
    sentences: whole.sentences,
    lexicon: lex,
  });
  const hinted = hintLoneNames(refined, { text, meta, options });
  const linked = linkTableActors(resolveEntities({ text, candidates: hinted, acronyms }), {
    text,
    meta,
    options,
  });
  const resolved = historicSeats(aliasStateBodies(linked, text), text, meta.publishedAt);
  whole.strings?.resolution(resolved);
  return { entities: resolved.entities, mentions: resolved.mentions, sports };
}

function run(
  text: string,
  meta: ArticleMeta,
  options: ExtractOptions,
  windowChars = WINDOW_CHARS,
): AnalysisWithConfidence {
  const lex = lexicon();
  const { paragraphs, sentences } = segment(text, { headline: meta.headline ?? true });
  // Tokens live one window at a time (windows.ts); an ordinary article is one window.
  const windows = textWindows(text.length, sentences, windowChars);
  const whole: WindowedText = { text, sentences, paragraphs, windows };
  if (windows.length > 1) whole.strings = new StringPool();
  const { entities, mentions, sports } = resolveWindows(whole, lex, meta, options);
  const quotes = windowQuotes(whole, {
    mentions,
    entities,
    speechVerbs: lex.speechVerbs,
    speakerWords: speakerWords(),
  });
  const spoken = withSpeakerMentions({ mentions, entities }, quotes, { text, sentences });
  const analysis = {
    text,
    sentences,
    entities: spoken.entities,
    mentions: spoken.mentions,
    quotes: quotes.map((q) => q.quote),
    sports,
  };
  if (whole.single !== undefined) keepTokens(analysis, whole.single);
  return { analysis, quoteConfidences: quotes.map((q) => q.confidence) };
}

/** Sentences, mentions, resolved entities and attributed quotes of one article. Pure and deterministic. */
export function analyze(
  text: string,
  meta: ArticleMeta = {},
  options: ExtractOptions = {},
): Analysis {
  const read = readableText(text);
  const analysis = run(read, meta, options).analysis;
  return read === text ? analysis : withText(analysis, text);
}

/** The graph document of one article: analysis, then relations, then the document itself. */
export function extract(
  text: string,
  meta: ArticleMeta = {},
  options: ExtractOptions = {},
): GraphDocument {
  return extractInWindows(text, WINDOW_CHARS, meta, options).document;
}

/** As `extract`, with windows of at most `windowChars` characters (for tests of the windows). */
export function extractInWindows(
  text: string,
  windowChars: number,
  meta: ArticleMeta = {},
  options: ExtractOptions = {},
): { analysis: Analysis; document: GraphDocument } {
  // A text in capitals is read in the case news would write it; offsets stay, and every span's
  // text is the article's own again below.
  const read = readableText(text);
  const run1 = run(read, meta, options, windowChars);
  const relations = extractRelations(run1.analysis, options);
  const analysis = read === text ? run1.analysis : withText(run1.analysis, text);
  const document = buildDocument({
    text,
    meta,
    analysis,
    relations: read === text ? relations : relations.map((r) => withEvidenceText(r, text)),
    quoteEvidence: { confidences: run1.quoteConfidences },
  });
  return { analysis, document };
}
