import { analyze } from '../pipeline.js';
import type { Analysis } from '../types.js';

/** Analyse body sentences (no headline line) and index the result for assertions. */
export function body(
  text: string,
): Analysis & { ids: string[]; byId: (id: string) => Analysis['entities'][number] | undefined } {
  const a = analyze(text, { headline: false });
  return {
    ...a,
    ids: a.entities.map((e) => e.id),
    byId: (id) => a.entities.find((e) => e.id === id),
  };
}
