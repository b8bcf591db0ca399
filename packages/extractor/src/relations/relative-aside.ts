import { SYNTAX_WORDS } from '../syntax/syntax-words.js';
import type { SentenceView } from './sentence-view.js';

/** How far back from an actor the pronoun opening its relative clause may stand. */
const REACH = 10;
/** The syntax layer's relative pronouns but "that", which opens no clause set off by commas. */
const PRONOUNS: ReadonlySet<string> = new Set(
  [...SYNTAX_WORDS.relativePronouns].filter((w) => w !== 'that'),
);

/**
 * "X, who served for four years as Y's deputy, also praised Z", "X, which Y's army backs, ...":
 * an actor inside a relative clause that a comma opens and another comma closes before the cue
 * at `cueToken` belongs to that clause, however far the pronoun stands from it; the subject is
 * the pronoun's antecedent, read on from the pronoun. `first` is the actor's first token.
 */
export function insideRelativeAside(view: SentenceView, first: number, cueToken: number): boolean {
  const { words } = view;
  let opener = -1;
  for (let k = first - 1; k >= Math.max(1, first - REACH); k--) {
    const word = words[k] ?? '';
    if (word === ',' || word === ';' || word === '"' || word === '(' || word === ')') return false;
    if (PRONOUNS.has(word)) {
      opener = k;
      break;
    }
  }
  if (opener < 0 || words[opener - 1] !== ',') return false;
  for (let k = first + 1; k < cueToken; k++) if (words[k] === ',') return true;
  return false;
}
