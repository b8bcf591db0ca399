export { analyze, extract } from './pipeline.js';
export { EXTRACTOR_VERSION } from './version.js';
export type {
  Analysis,
  ArticleMeta,
  ExtractOptions,
  Mention,
  MentionKind,
  Quote,
  RelationExtractor,
  RoleCue,
  Sentence,
} from './types.js';
