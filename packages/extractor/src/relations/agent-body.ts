import type { SentenceView } from './sentence-view.js';
import type { Side } from './subject.js';
import { ownKindAfter, unnamedBodyAfter } from './title-body.js';

/**
 * "X, head of the Y recruitment center", "the leader of the Y youth wing": the name after the cue
 * only describes a body the article gives no name, so X heads that body, not Y (the title rules
 * read "head of" the same way, `holderAfter`).
 */
export function cueAimsAtUnnamedBody(view: SentenceView, target: Side): boolean {
  const end = view.tokens[target.lastToken]?.end;
  if (end === undefined) return false;
  const rest = view.sentenceText.slice(end - view.sentence.start);
  return unnamedBodyAfter(rest) && !ownKindAfter(target.actors.at(-1)?.type, rest);
}
