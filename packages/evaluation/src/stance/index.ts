export { readStance } from './read-stance.js';
export type { StanceItem, StanceLabel, StanceSide } from './read-stance.js';
export { scoreStance, summarizeStance } from './score-stance.js';
export type { StanceOutcome, StanceReader, StanceReading, StanceScore } from './score-stance.js';
export { formatStanceReport } from './format-stance.js';
export { scoreApart } from './apart-stance.js';
export type { StanceApart } from './apart-stance.js';
