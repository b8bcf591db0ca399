import { firstTokenOf, speakerEntity } from './speaker-entity.js';
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
    if (!mentionsNoun(look, s, noun)) continue;
    // "Clarence House released a statement": whoever opens the sentence issued it.
    const id = look.reference.speakerOf(s) ?? openingActor(look, s);
    if (id === undefined) continue;
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

/** The actor whose name opens a sentence, after "The" or a title: the subject the sentence is about. */
function openingActor(look: SpeakerLookup, sentence: number): string | undefined {
  const [first] = look.sentenceTokens[sentence] ?? [0, 0];
  let at = look.tokens[first]?.text.toLowerCase() === 'the' ? first + 1 : first;
  // "Senator Mara Lind issued a statement": past the capitalised title before the name.
  for (let k = at; k < at + 3 && !look.startingAt.has(k) && look.tokens[k]?.cap === true; k++)
    if (look.startingAt.has(k + 1)) at = k + 1;
  const m = look.startingAt.get(at);
  if (m === undefined || look.quoted(m.start)) return undefined;
  // "Ruiz's campaign sent an email": the campaign's words, not Ruiz's own; "Ruiz and Lund drafted
  // a statement": the words of both, no one's alone.
  const next = look.tokens[firstTokenOf(look, m.end)]?.text;
  if (next === "'s" || next === '’s' || look.tokens[firstTokenOf(look, m.end) - 1]?.poss === true)
    return undefined;
  if (next === 'and') return undefined;
  return speakerEntity(look, m.entityId) ?? undefined;
}
