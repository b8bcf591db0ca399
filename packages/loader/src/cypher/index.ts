/**
 * Every Cypher statement the loader sends, in one module. Values travel only as parameters;
 * labels and relationship types enter the text only through allowedLabel / allowedRelationshipType.
 */
export {
  loaderSchemaStatements,
  AWAIT_INDEXES,
  VERIFY,
  RESOLVE_ENTITY,
  LOADED_ARTICLES,
  MERGE_ARTICLES,
  deleteFacts,
  DELETE_QUOTES,
  DELETE_MENTIONS_AND_ORPHANS,
  MERGE_ENTITIES,
  CREATE_MENTIONS,
  RECOMPUTE_ENTITIES,
  CREATE_QUOTES,
  CREATE_FACTS,
  DELETE_ARTICLE,
  ENTITY_PROPERTIES,
  statsQuery,
} from './write.js';
export {
  READ_ARTICLE_PAGE,
  READ_ARTICLES,
  READ_MENTIONS,
  READ_QUOTES,
  readFactsQuery,
  READ_ENTITY_PAGE,
  READ_ENTITIES,
} from './read.js';
export {
  PERSON_KEYS_OF_ARTICLES,
  PEOPLE_BY_SURNAME,
  MENTIONS_WITHOUT_FULL_KEY,
  SET_FULL_KEYS,
  MERGE_PEOPLE,
  moveIncoming,
  moveOutgoing,
  RECOMPUTE_OR_DROP_ENTITIES,
} from './identity.js';
