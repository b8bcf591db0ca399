export { parseSentence } from './parse.js';
export { SyntaxCache } from './syntax-cache.js';
export type {
  Clause,
  NounPhrase,
  SentenceSyntax,
  SubjectSource,
  VerbGroup,
  Voice,
} from './types.js';
export { SYNTAX_WORDS, type SyntaxWords } from './syntax-words.js';
