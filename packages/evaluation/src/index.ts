export { ARTICLE_KEY, GoldFileSchema, parseGold } from './gold-schema.js';
export type { GoldEntity, GoldFile, GoldQuote, GoldRelation } from './gold-schema.js';
export { foldText, normalizeName, quoteWords } from './normalize.js';
export { matchEntities } from './match-entities.js';
export type { EntityErrorReason, EntityFalsePositive, EntityMatching } from './match-entities.js';
export { scoreRelations } from './match-relations.js';
export type {
  RelationFalsePositive,
  RelationInput,
  RelationMiss,
  RelationScore,
} from './match-relations.js';
export { scoreQuotes } from './match-quotes.js';
export type { QuoteFalsePositive, QuoteMiss, QuoteScore } from './match-quotes.js';
export { scoreArticle } from './score-article.js';
export type { ArticleScore, EntityScore, PredictedDocument } from './score-article.js';
export { scoreCorpus, summarizeArticles } from './score-corpus.js';
export type { CorpusScore, ScoredPair, Summary } from './score-corpus.js';
export { formatEvalReport } from './format-report.js';
export type { EvalReportOptions } from './format-report.js';
export { readConll, tagSpans } from './conll-read.js';
export type { ConllDocument, ConllSentence, TokenSpan } from './conll-read.js';
export { conllText, goldNerSpans, mentionsToNer, NER_TYPES, scoreConll } from './conll-score.js';
export type { ConllScore, ConllText, NerSpan, NerTagger, NerType } from './conll-score.js';
export { formatConllReport } from './conll-report.js';
export { sequenceTaggerNer } from './conll-tagger.js';
export { evaluateConll, nerTagger } from './conll-ner.js';
export type { NerMode } from './conll-ner.js';
export type { Scores, Tally, TypeTable } from './tally.js';
export {
  codePointOffsets,
  formatDwieReport,
  readDwie,
  scoreDwieArticle,
  summarizeDwie,
} from './dwie/index.js';
export { evaluateDwie } from './dwie/dwie-evaluate.js';
export type { DwieEvaluation, JsonInput } from './dwie/dwie-evaluate.js';
export type {
  DwieArticle,
  DwieArticleScore,
  DwieConcept,
  DwieCorpusScore,
  DwieRelation,
  DwieSpan,
  DwieType,
} from './dwie/index.js';
export {
  emptyPolnearScore,
  findQuoteUnits,
  formatPolnearReport,
  goldQuotes,
  readBrat,
  scorePolnearArticle,
  sourceKind,
} from './polnear/index.js';
export type {
  BratDocument,
  BratEvent,
  BratSpan,
  GoldQuote as PolnearGoldQuote,
  GoldQuotes,
  GoldSource,
  PolnearScore,
  PredictedQuotes,
  Problem,
  QuoteUnit,
  SourceKind,
  SpeakerTally,
} from './polnear/index.js';
export { evaluatePolnear } from './polnear/polnear-evaluate.js';
export type { PolnearArticle, QuoteExtractor } from './polnear/polnear-evaluate.js';
export {
  formatStanceReport,
  readStance,
  scoreApart,
  scoreStance,
  summarizeStance,
} from './stance/index.js';
export { evaluateStance, extractorStance } from './stance/stance-extractor.js';
export type { StanceFile } from './stance/stance-extractor.js';
export type {
  StanceApart,
  StanceItem,
  StanceLabel,
  StanceOutcome,
  StanceReader,
  StanceReading,
  StanceScore,
  StanceSide,
} from './stance/index.js';
