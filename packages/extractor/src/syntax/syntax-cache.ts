import { parseSentence } from './parse.js';
import type { SentenceSyntax } from './types.js';

/**
 * The syntax of an article's sentences, each parsed the first time a stage asks for it and then
 * kept: a sentence nobody asks about is never tagged.
 */
export class SyntaxCache {
  private readonly parsed = new Map<number, SentenceSyntax>();

  constructor(private readonly text: string) {}

  /** The syntax of the sentence with this index and character span. */
  get(sentence: { index: number; start: number; end: number }): SentenceSyntax {
    let syntax = this.parsed.get(sentence.index);
    if (syntax === undefined) {
      syntax = parseSentence(this.text, sentence.start, sentence.end);
      this.parsed.set(sentence.index, syntax);
    }
    return syntax;
  }
}
