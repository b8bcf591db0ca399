import type { SentenceView } from './sentence-view.js';

const DASHES: ReadonlySet<string> = new Set(['-', '—', '–', '--']);
/** Tokens a dashed aside may span between its two dashes. */
const ASIDE_REACH = 8;

/**
 * "X did - indirectly and deftly - contradict Y": when token `t` closes an aside between two
 * dashes, the token right before the opening dash; else `t` itself. An aside holds no comma,
 * quotation mark or third dash.
 */
export function beforeDashAside(view: SentenceView, t: number): number {
  if (!DASHES.has(view.words[t] ?? '')) return t;
  for (let i = t - 1; i >= Math.max(1, t - ASIDE_REACH); i--) {
    const word = view.words[i] ?? '';
    if (DASHES.has(word)) return i - 1;
    if (word === ',' || word === '"' || word === '“' || word === '”') return t;
  }
  return t;
}
