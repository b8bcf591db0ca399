import { shippedTagger } from '../tagger/load.js';
import { SequenceTagger } from '../tagger/tagger.js';
import type { Token } from '../text/tokenize.js';
import { SYNTAX_WORDS } from './syntax-words.js';
import { nounAfterNamedArticle } from './named-noun.js';
import { FINITE, verbAfterOpeningName } from './named-verb.js';

const NEGATED = /^(.+?)n['’]t$/u;

/** Lower-case token text, apostrophes folded to ASCII. */
export function wordOf(token: Token): string {
  return token.text.toLowerCase().replace(/[’‘`]/g, "'");
}

/**
 * What the taggers read: CoNLL-2003 splits "didn't" as "did n't" and "can't" as "ca n't", so a
 * contracted negation is read as two words; `first[i]` is where token i's first word is.
 */
function taggerWords(tokens: readonly Token[]): { words: { text: string }[]; first: number[] } {
  const words: { text: string }[] = [];
  const first: number[] = [];
  for (const token of tokens) {
    first.push(words.length);
    // CoNLL-2003 writes straight apostrophes and quotes only.
    const text = token.text.replace(/[’‘`]/g, "'").replace(/[“”]/g, '"');
    const verb = NEGATED.exec(text)?.[1];
    if (verb === undefined) words.push({ text });
    else words.push({ text: verb }, { text: "n't" });
  }
  return { words, first };
}

/** True when the token carries a negation ("not", "never", "didn't"). */
export function isNegation(word: string): boolean {
  return SYNTAX_WORDS.negators.has(word) || NEGATED.test(word) || word === 'cannot';
}

/** Penn POS tags of one sentence's tokens as the tagger gives them, without the chunk tagger's cost. */
export function rawPosTags(tokens: readonly Token[]): string[] {
  const { words, first } = taggerWords(tokens);
  const allPos = shippedTagger('pos').tagSentence(words);
  return first.map((w) => allPos[w] ?? 'O');
}

/** Penn POS tags and IOB2 chunk tags of one sentence's tokens, with the word lists' corrections. */
export function tagTokens(tokens: readonly Token[]): { pos: string[]; chunks: string[] } {
  const { words, first } = taggerWords(tokens);
  const [allPos, allChunks] = SequenceTagger.tagSentenceTogether(
    shippedTagger('pos'),
    shippedTagger('chunk'),
    words,
  );
  const pos = first.map((w) => allPos[w] ?? 'O');
  const chunks = first.map((w) => allChunks[w] ?? 'O');
  const named = {
    wordAt: (t: number) => {
      const token = tokens[t];
      return token === undefined ? '' : wordOf(token);
    },
    capAt: (t: number) => tokens[t]?.cap === true,
    pos,
  };
  // Before the per-token corrections, so a word read as a verb here is then closed as one.
  tokens.forEach((_, i) => {
    if (!verbAfterOpeningName(named, i)) return;
    pos[i] = 'VBZ';
    if (chunks[i + 1] === 'I-NP') chunks[i + 1] = 'B-NP';
  });
  tokens.forEach((token, i) => {
    const word = wordOf(token);
    const tag = pos[i] ?? '';
    // A capitalised "May" inside a sentence is a name or a month, not the modal.
    if (SYNTAX_WORDS.modals.has(word) && (i === 0 || !token.cap) && !tag.startsWith('NN'))
      pos[i] = 'MD';
    else if (word === 'not' || word === 'never') pos[i] = 'RB';
    else if (nounAfterNamedArticle((t) => wordOf(tokens[t] ?? token), pos, i)) {
      pos[i] = 'NN';
      chunks[i] = 'I-NP';
      return;
    }
    // A finite verb is never inside a noun phrase; a participle may be ("the ruling party").
    const finite = FINITE.has(pos[i] ?? '');
    const continues = pos[i]?.startsWith('VB') === true && chunks[i - 1]?.endsWith('VP') === true;
    if (finite || continues || (chunks[i] === 'O' && pos[i]?.startsWith('VB'))) {
      if (chunks[i] === 'O' || chunks[i]?.endsWith('NP'))
        chunks[i] = chunks[i - 1]?.endsWith('VP') ? 'I-VP' : 'B-VP';
    }
  });
  return { pos, chunks };
}
