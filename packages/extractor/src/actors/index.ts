export { parsePhoenix, phoenixDate } from './phoenix-parse.js';
export type { PhoenixParseOptions, PhoenixRecord, PhoenixRole } from './phoenix-parse.js';
export {
  ACTOR_TABLE_VERSION,
  ActorTableSchema,
  classifyRecord,
  readTableFile,
  titleCase,
  toTableFile,
} from './actor-table.js';
export type { Actor, ActorTableFile, NameWords } from './actor-table.js';
export { nameWords } from './name-words.js';
export {
  ActorIndex,
  actorIndex,
  actorKey,
  bundledActors,
  readActors,
  roleAt,
} from './actor-index.js';
export { articleDate } from './article-date.js';
export { linkActors } from './actor-link.js';
