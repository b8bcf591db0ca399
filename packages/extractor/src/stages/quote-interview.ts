import type { Entity } from '@newsgraph/graph-schema';
import type { SpeakerWords } from '../lexicon/speaker-words.js';
import type { Paragraph } from '../text/segment.js';
import type { Mention, Quote, Sentence } from '../types.js';
import type { QuoteResult } from './quotes.js';
import { strength } from '../relations/confidence.js';

export interface InterviewInput {
  text: string;
  paragraphs: readonly Paragraph[];
  sentences: readonly Sentence[];
  mentions: readonly Mention[];
  entities: readonly Entity[];
  speakerWords: SpeakerWords;
  /** Whether an offset is inside quotation marks. */
  quoted: (at: number) => boolean;
}

type Turn = 'question' | 'answer';

/** `Q: ...` or `A. ...`: the turn a paragraph opens, and where its words start. */
function turnOf(text: string, p: Paragraph, words: SpeakerWords): [Turn, number] | undefined {
  const head = /^([\p{L}]+)\s*[:.]\s+/u.exec(text.slice(p.start, Math.min(p.end, p.start + 12)));
  if (head === null) return undefined;
  const label = head[1] ?? '';
  const at = p.start + head[0].length;
  if (words.interviewMarkers.question.has(label)) return ['question', at];
  if (words.interviewMarkers.answer.has(label)) return ['answer', at];
  return undefined;
}

/**
 * The one person the paragraph before a transcript names outside quotation marks ("We asked
 * Erik Solberg about ..."), who answers its questions; none when it names no one or several.
 */
function interviewee(input: InterviewInput, paragraph: number): string | undefined {
  const ids = new Set<string>();
  for (const m of input.mentions) {
    if (input.sentences[m.sentence]?.paragraph !== paragraph || input.quoted(m.start)) continue;
    const type = input.entities.find((e) => e.id === m.entityId)?.type;
    if (type === 'Person') ids.add(m.entityId);
  }
  return ids.size === 1 ? [...ids][0] : undefined;
}

/**
 * An interview printed as a transcript, `Q: ...` and `A: ...` paragraphs after an introduction
 * that names the one person interviewed: each answer is that person's words. Questions are the
 * interviewer's, who is rarely named, so they are left out.
 */
export function interviewAnswers(input: InterviewInput): QuoteResult[] {
  const out: QuoteResult[] = [];
  let speaker: string | undefined;
  let asked = false;
  for (const p of input.paragraphs) {
    if (p.kind !== 'body') continue;
    const turn = turnOf(input.text, p, input.speakerWords);
    if (turn === undefined) {
      asked = false;
      continue;
    }
    const [kind, start] = turn;
    if (kind === 'question') {
      // The introduction is the paragraph right before the first question (or before the
      // questions resume after a paragraph of narration).
      if (!asked) speaker = interviewee(input, p.index - 1) ?? speaker;
      asked = true;
      continue;
    }
    const end = input.text.slice(start, p.end).trimEnd().length + start;
    if (!asked || speaker === undefined || end <= start || input.quoted(start)) continue;
    const quote: Quote = { start, end, text: input.text.slice(start, end), speakerId: speaker };
    out.push({ quote, confidence: strength('quote-interview'), paragraph: p.index });
  }
  return out;
}
