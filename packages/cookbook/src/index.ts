export { loadCookbook, findQuery, COOKBOOK_DIR } from './load-cookbook.js';
export {
  parseCookbookQuery,
  type CookbookQuery,
  type QueryParam,
  type ParamValue,
} from './parse-query.js';
export { resolveParams } from './resolve-params.js';
export { browserScript, browserStyleCommand } from './browser-script.js';
export { resolveActors, type FindEntity, type ResolvedActors } from './resolve-actors.js';
