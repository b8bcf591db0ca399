import type { Quote, Sentence } from '../types.js';
import type { QuoteSpan } from './quote-marks.js';
import type { QuoteResult } from './quotes.js';
import { sentenceAt } from './quote-sentences.js';
import { firstTokenOf, speakerEntity } from './speaker-lookup.js';
import type { SpeakerLookup } from './speaker-types.js';
import { strength } from '../relations/confidence.js';

/** Who spoke last, as the quote attributor keeps it: an entity, or null for someone unnamed. */
export interface LastSpeaker {
  sentence: number;
  paragraph: number;
  id: string | null;
}

/**
 * `A spokesman for the party said there were 40 members. They shared a belief in the
 * "unfeasibility of the treaty as it stands".`: a quote inside a sentence that goes on with the
 * report of the sentence just before it (same paragraph, a named speaker) and names no actor of
 * its own outside quotation marks is still that speaker's.
 */
export function reportContinues(
  look: SpeakerLookup,
  sentence: number,
  last: LastSpeaker | undefined,
): string | undefined {
  if (last?.id == null || last.sentence !== sentence - 1) return undefined;
  if (look.sentences[sentence]?.paragraph !== last.paragraph) return undefined;
  const [first, end] = look.sentenceTokens[sentence] ?? [0, 0];
  for (let k = first; k < end; k++) {
    const m = look.startingAt.get(k);
    if (m !== undefined && !look.quoted(m.start) && speakerEntity(look, m.entityId) !== null)
      return undefined;
    const t = look.tokens[k];
    // "They came from many countries": a plural "they" goes on with the report's people.
    const kind = look.reference.kindOf(t);
    if (t !== undefined && kind !== undefined && kind !== 'body' && !look.quoted(t.start))
      return undefined;
  }
  return last.id;
}

/**
 * `"The water rose fast.¶"We will rebuild.¶"But we need help," she said.`: a quotation that runs
 * over paragraphs, each opening with a mark and none but the last closing, is one speaker's; the
 * attribution at its end gives the speaker to the parts before it that had none.
 */
export function chainedBack(
  text: string,
  spans: readonly QuoteSpan[],
  unclaimed: ReadonlySet<QuoteSpan>,
  found: readonly QuoteResult[],
): QuoteResult[] {
  const byStart = new Map(found.map((r) => [r.quote.start, r]));
  const out: QuoteResult[] = [];
  for (let i = spans.length - 2; i >= 0; i--) {
    const q = spans[i];
    const next = spans[i + 1];
    if (q === undefined || next === undefined || !unclaimed.has(q) || q.close >= 0) continue;
    if (!next.continued || next.paragraph !== q.paragraph + 1) continue;
    const carried = byStart.get(next.start);
    if (carried === undefined) continue;
    const quote: Quote = {
      start: q.start,
      end: q.end,
      text: text.slice(q.start, q.end),
      speakerId: carried.quote.speakerId,
    };
    const result = { quote, confidence: strength('quote-continuation'), paragraph: q.paragraph };
    byStart.set(q.start, result);
    out.push(result);
  }
  return out;
}

/** The sentence a quote's opening mark starts, if it starts one. */
function sentenceOpened(sentences: readonly Sentence[], q: QuoteSpan): Sentence | undefined {
  if (q.open < 0 || q.close < 0 || q.single) return undefined;
  const sentence = sentences[sentenceAt(sentences, q.open)];
  return sentence?.start === q.open ? sentence : undefined;
}

/**
 * `"Donald Trump."`, `"I'm not changing."`: a quote that is a whole sentence of its own, from
 * the opening mark to a full stop, question or exclamation mark and the closing mark. Scare
 * quotes and titles stand inside a sentence; this is a speaker's words, however few.
 */
export function isQuotedSentence(
  input: { text: string; sentences: readonly Sentence[] },
  q: QuoteSpan,
): boolean {
  const sentence = sentenceOpened(input.sentences, q);
  if (sentence === undefined || !/[.!?]$/.test(input.text.slice(q.start, q.end))) return false;
  return /^\S?\s*$/.test(input.text.slice(q.close + 1, sentence.end));
}

/**
 * `"GROWING PARTY," he declared`: a quote that opens its sentence and hands over to what follows
 * with a comma inside the marks, as speech hands over to its attribution.
 */
export function handsOverToAttribution(
  input: { text: string; sentences: readonly Sentence[] },
  q: QuoteSpan,
): boolean {
  return (
    /,$/.test(input.text.slice(q.start, q.end)) && sentenceOpened(input.sentences, q) !== undefined
  );
}
/**
 * `"They had an off-the-record talk with you," Hannity started.`: the rest of a quote's sentence
 * names an actor other than `id`, most likely the speaker with a verb not known for speech, so
 * the quote is not safely the earlier speaker's.
 */
export function namesAnotherAfter(
  look: SpeakerLookup,
  q: QuoteSpan,
  sentence: number,
  id: string | null,
): boolean {
  if (q.close < 0) return false;
  const [, last] = look.sentenceTokens[sentence] ?? [0, 0];
  for (let k = firstTokenOf(look, q.close + 1); k < last; k++) {
    const m = look.startingAt.get(k);
    if (m === undefined || look.quoted(m.start)) continue;
    const speaker = speakerEntity(look, m.entityId);
    if (speaker !== null && speaker !== id) return true;
  }
  return false;
}
