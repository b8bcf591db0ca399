import { heldByOther } from '../lexicon/mention-words.js';
import type { SentenceView } from './sentence-view.js';

/** Words an "of" may stand before the agent noun by: "of a longtime critic", "of the party's leader". */
const REACH = 4;

/**
 * "X is the wife of a critic of Y", "X is the lawyer of an opponent of Y": an agent noun that
 * follows "N of" within the gap between the subject (ending at `from`) and the noun at `cue` is
 * N's holder's, not the subject's. A partitive ("one of the fiercest critics of Y", "a chorus of
 * critics") or a superlative ("the most vocal of Y's critics") before "of" leaves the subject
 * among the agents.
 */
export function agentOfAnother(view: SentenceView, from: number, cue: number): boolean {
  for (let t = cue - 1; t > from && t >= cue - REACH; t--) {
    const word = view.words[t] ?? '';
    if (word === 'of') return heldByOther(view.tokens[t - 1]?.text ?? '', view.words[t - 2] ?? '');
    if (!/^(?:\p{Ll}[\p{Ll}-]*|'s?)$/u.test(word) || word === 'and' || word === 'or') return false;
  }
  return false;
}
