import { firstTokenOf, isVerb, speakerEntity } from './speaker-lookup.js';
import type { QuoteSpan } from './quote-marks.js';
import { sentenceAt } from './quote-sentences.js';
import type { Attribution, SpeakerLookup } from './speaker-types.js';
import { subjectBefore } from './speakers.js';

function sentenceOf(look: SpeakerLookup, at: number): number {
  const index = sentenceAt(look.sentences, at);
  const s = look.sentences[index];
  return s !== undefined && s.start <= at && at < s.end ? index : -1;
}

/**
 * `"It is a sad day." Mia Lund, who heads the union, said her members would appeal.`: a quote
 * that ends its sentence, with no attribution of its own, is the words of the person the next
 * sentence of its paragraph opens with, when that person is the subject of a speech verb there.
 * Only for a quote that no speaker before it claims: in the common style where a quoted
 * paragraph carries on the speaker before it, the next sentence often turns to someone else.
 */
export function speakerInNextSentence(look: SpeakerLookup, q: QuoteSpan): Attribution | undefined {
  if (q.close < 0 || q.open < 0) return undefined;
  // The quote opens its paragraph, as a lead quote does; inside a paragraph the words before it
  // may be another's that the next sentence answers (`... "The minister lied." Ana Ruiz denied it`).
  const opening = sentenceOf(look, q.open);
  const previous = look.sentences[opening - 1];
  if (look.sentences[opening]?.start !== q.open) return undefined;
  if (previous !== undefined && previous.paragraph === look.sentences[opening]?.paragraph)
    return undefined;
  const here = sentenceOf(look, q.close);
  const next = look.sentences[here + 1];
  if (here < 0 || next === undefined || next.paragraph !== look.sentences[here]?.paragraph)
    return undefined;
  const [first, last] = look.sentenceTokens[here + 1] ?? [0, 0];
  // Capitalised titles may come first: "Agriculture Minister Jonas Berglund said".
  let k = first;
  while (k < last && !look.startingAt.has(k) && look.tokens[k]?.cap === true) k++;
  const m = look.startingAt.get(k);
  if (m === undefined || look.quoted(m.start) || speakerEntity(look, m.entityId) === null)
    return undefined;
  for (let v = firstTokenOf(look, m.end); v < last; v++) {
    if (!isVerb(look, v)) continue;
    const found = subjectBefore(look, v, here + 1);
    return found.speakerId !== null && found.start === m.start ? found : undefined;
  }
  return undefined;
}
