export { loadCookbook, findQuery, COOKBOOK_DIR } from './load-cookbook.js';
export {
  parseCookbookQuery,
  type CookbookQuery,
  type QueryParam,
  type ParamValue,
} from './parse-query.js';
export { resolveParams } from './resolve-params.js';
export { formatTable, cellText } from './format-table.js';
export { browserScript, browserStyleCommand } from './browser-script.js';
