import type { Relation } from '@newsgraph/graph-schema';
import type { Analysis, ExtractOptions } from '../types.js';

// Placeholder until the relation stage lands (issue 4): entities and quotes only.
export function extractRelations(_analysis: Analysis, _options: ExtractOptions): Relation[] {
  return [];
}
