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
export {
  extractRelations,
  loadCueLexicon,
  defaultCueLexicon,
  CueLexiconSchema,
  CUE_FRAMES,
  CUE_RELATIONS,
} from './relations/index.js';
export type { CueLexicon, CueFamily, CueFrame, CompiledCues } from './relations/index.js';
export {
  bioSpans,
  createTagger,
  decodeModel,
  encodeModel,
  quantize,
  SequenceTagger,
  SHIPPED_TASKS,
  shippedModelUrl,
  tagDocument,
  tagSentence,
  trainTagger,
} from './tagger/index.js';
export {
  classifyPair,
  pairFeatures,
  pairSentence,
  PAIR_LABELS,
  shippedPairModel,
  spanPairFeatures,
  trainPairModel,
} from './pair-stance/index.js';
export type { PairExample, PairTrainOptions, PairVerdict } from './pair-stance/index.js';
export { parseSentence, SyntaxCache } from './syntax/index.js';
export type { Clause, NounPhrase, SentenceSyntax, VerbGroup } from './syntax/index.js';
export type {
  EpochReport,
  ShippedTask,
  TaggerModel,
  TagSpan,
  TrainingDocument,
  TrainingSentence,
  TrainOptions,
  TrainResult,
} from './tagger/index.js';
export {
  ACTOR_TABLE_VERSION,
  ActorIndex,
  ActorTableSchema,
  actorIndex,
  actorKey,
  articleDate,
  bundledActors,
  classifyRecord,
  linkActors,
  nameWords,
  parsePhoenix,
  phoenixDate,
  readActors,
  readTableFile,
  roleAt,
  titleCase,
  toTableFile,
} from './actors/index.js';
export type {
  Actor,
  ActorTableFile,
  NameWords,
  PhoenixParseOptions,
  PhoenixRecord,
  PhoenixRole,
} from './actors/index.js';
