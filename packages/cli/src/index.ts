export { main, EXIT } from './main.js';
export type { CliContext } from './context.js';
export { neo4jSettings, NEO4J_DEFAULTS } from './config.js';
