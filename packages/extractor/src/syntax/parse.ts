import { endsWithQuestion } from '../text/segment.js';
import { tokenize } from '../text/tokenize.js';
import { bindArguments } from './arguments.js';
import { findClauses } from './clauses.js';
import { linkPhrases } from './links.js';
import { nounPhrases, verbGroups } from './phrases.js';
import { tagTokens, wordOf } from './tags.js';
import type { SentenceSyntax } from './types.js';

/**
 * The syntax of text[start, end), one sentence: the shared tokenizer's tokens, POS and chunk
 * tags, noun phrases, verb groups, clauses, and each verb group's subject, object and agent.
 */
export function parseSentence(text: string, start = 0, end = text.length): SentenceSyntax {
  const tokens = tokenize(text, start, end);
  const words = tokens.map(wordOf);
  const { pos, chunks } = tagTokens(tokens);
  const tagged = { words, pos, chunks };
  const phrases = nounPhrases({ ...tagged, tokens });
  const verbs = verbGroups(tagged);
  const phraseAt = spansAt(words.length, phrases);
  const verbAt = spansAt(words.length, verbs);
  linkPhrases({ words, pos, phrases, verbs, verbAt });
  const { clauses, clauseAt } = findClauses({ words, pos, phrases, verbs, phraseAt, verbAt });
  bindArguments({ words, pos, phrases, verbs, clauses, phraseAt, verbAt, clauseAt });
  return {
    tokens,
    words,
    pos,
    chunks,
    phrases,
    verbs,
    clauses,
    phraseAt,
    verbAt,
    clauseAt,
    question: endsWithQuestion(text.slice(start, end)),
  };
}

function spansAt(length: number, spans: readonly { start: number; end: number }[]): Int32Array {
  const at = new Int32Array(length).fill(-1);
  spans.forEach((span, i) => at.fill(i, span.start, span.end));
  return at;
}
