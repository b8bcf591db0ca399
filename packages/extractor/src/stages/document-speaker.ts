import type { SpeakerLookup } from './speaker-types.js';

/** How many sentences back "the statement" may refer. */
const SENTENCES_BACK = 3;

/** The entity a found description speaks for, and the words that say so. */
export interface DocumentSpeaker {
  id: string;
  start: number;
  end: number;
}

/**
 * `Ana Ruiz said in a statement that ... "...," the statement said.`: "the" and a document noun
 * (speaker-words.json documentNouns) refer back to the same noun in a recent sentence of the same
 * or the previous paragraph, and speak for whoever spoke in that sentence. Undefined when no
 * such sentence had a speaker.
 */
export function documentAntecedent(
  look: SpeakerLookup,
  head: number,
  sentence: number,
): DocumentSpeaker | undefined {
  const token = look.tokens[head];
  const noun = token?.text.toLowerCase() ?? '';
  if (token === undefined || !look.reference.words.documentNouns.has(noun)) return undefined;
  const article = look.tokens[head - 1];
  if (article?.text.toLowerCase() !== 'the') return undefined;
  const paragraph = look.sentences[sentence]?.paragraph ?? 0;
  for (let s = sentence - 1; s >= Math.max(0, sentence - SENTENCES_BACK); s--) {
    if ((look.sentences[s]?.paragraph ?? 0) < paragraph - 1) break;
    const id = look.reference.speakerOf(s);
    if (id === undefined || !mentionsNoun(look, s, noun)) continue;
    return { id, start: article.start, end: token.end };
  }
  return undefined;
}

function mentionsNoun(look: SpeakerLookup, sentence: number, noun: string): boolean {
  const [first, last] = look.sentenceTokens[sentence] ?? [0, 0];
  for (let k = first; k < last; k++) {
    const t = look.tokens[k];
    if (t !== undefined && t.text.toLowerCase() === noun && !look.quoted(t.start)) return true;
  }
  return false;
}
