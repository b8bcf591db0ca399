export { readStance } from './read-stance.js';
export type { StanceItem, StanceLabel, StanceSide } from './read-stance.js';
export { scoreStance } from './score-stance.js';
export type { StanceOutcome, StanceReader, StanceReading, StanceScore } from './score-stance.js';
export { formatStanceReport } from './format-stance.js';
