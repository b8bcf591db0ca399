export { formatPolnearReport } from './format-polnear.js';
export { goldQuotes, sourceKind } from './gold-quotes.js';
export type { GoldQuote, GoldQuotes, GoldSource, SourceKind } from './gold-quotes.js';
export { findQuoteUnits } from './quote-units.js';
export type { QuoteUnit } from './quote-units.js';
export { readBrat } from './read-brat.js';
export type { BratDocument, BratEvent, BratSpan } from './read-brat.js';
export { emptyPolnearScore, scorePolnearArticle } from './score-polnear.js';
export type { PolnearScore, PredictedQuotes, Problem, SpeakerTally } from './score-polnear.js';
