export { codePointOffsets, readDwie } from './dwie-read.js';
export type { DwieArticle, DwieConcept, DwieRelation, DwieSpan, DwieType } from './dwie-read.js';
export { scoreDwieArticle } from './dwie-score.js';
export type { DwieArticleScore } from './dwie-score.js';
export { formatDwieReport, summarizeDwie } from './dwie-report.js';
export type { DwieCorpusScore } from './dwie-report.js';
