import type { SentenceView } from './sentence-view.js';
import { sideOf } from './target.js';
import type { Side } from './subject.js';
import { isAdverb } from './word-classes.js';
import { endCertainty } from './confidence.js';

/** Words from "among" to the relative pronoun at most: "among the first groups who". */
const NOUN_REACH = 4;
/** Words between the inverted copula and the name: "was the gay rights group X". */
const DESCRIPTOR_REACH = 4;
const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were']);

/**
 * "X was among those who condemned Y", "X is among the groups that back Y": the one the copula
 * places among the people of a relative clause does what the clause says. Inverted, "Among those
 * who condemned Y was X": the name after the copula that follows the clause. `t` is the relative
 * pronoun, `cue` the clause's verb; undefined when no such frame holds.
 */
export function amongAntecedent(view: SentenceView, t: number, cue: number): Side | undefined {
  let k = t - 1;
  while (k >= t - NOUN_REACH && k >= 0 && view.words[k] !== 'among') {
    if ((view.unitAt[k] ?? -1) >= 0 || !/^\p{Ll}+$/u.test(view.words[k] ?? '')) return undefined;
    k--;
  }
  if (view.words[k] !== 'among' || k === t - 1) return undefined;
  if (k === 0) return invertedName(view, cue);
  let c = k - 1;
  while (c >= 0 && isAdverb(view.words[c] ?? '')) c--;
  if (!COPULAS.has(view.words[c] ?? '')) return undefined;
  const u = view.unitAt[c - 1] ?? -1;
  const side = view.units[u]?.actor ? sideOf(view, u) : undefined;
  return side && { ...side, certainty: endCertainty('relative-pronoun') };
}

/** "Among those who condemned Y was (the group) X": the actor after the clause's copula. */
function invertedName(view: SentenceView, cue: number): Side | undefined {
  let c = cue + 1;
  while (c < view.words.length && !COPULAS.has(view.words[c] ?? '')) {
    if (view.words[c] === ',' || view.words[c] === ';') return undefined;
    c++;
  }
  for (let k = c + 1; k <= c + 1 + DESCRIPTOR_REACH; k++) {
    const u = view.unitAt[k] ?? -1;
    if (u >= 0) {
      const side = view.units[u]?.actor ? sideOf(view, u) : undefined;
      return side && { ...side, certainty: endCertainty('relative-pronoun') };
    }
    if (!/^\p{Ll}+$/u.test(view.words[k] ?? '')) return undefined;
  }
  return undefined;
}
