import type { Entity } from '@newsgraph/graph-schema';
import type { Paragraph } from '../text/segment.js';
import { lowerAt, tokenIndexAt, type Token } from '../text/tokenize.js';
import type { Mention, Quote, Sentence } from '../types.js';
import type { SpeakerWords } from '../lexicon/speaker-words.js';
import { findQuoteSpans, type QuoteSpan } from './quote-marks.js';
import {
  chainedBack,
  handsOverToAttribution,
  isQuotedSentence,
  namesAnotherAfter,
  reportContinues,
  type LastSpeaker,
} from './quote-continuation.js';
import { interviewAnswers } from './quote-interview.js';
import { speakerInNextSentence } from './quote-next-sentence.js';
import { sandwiched } from './quote-sandwich.js';
import { sentenceAt } from './quote-sentences.js';
import { isQuotedName, isQuotedTitle } from './quote-titles.js';
import { SpeakerReference } from './speaker-reference.js';
import {
  colonSubject,
  parentheticalSpeaker,
  passiveAgent,
  trailingAttribution,
} from './speaker-clause.js';
import { spanCover } from './span-cover.js';
import { inSubordinateClause } from './subordinate-clause.js';
import { asPutIt, colonSpeaker, invertedSpeaker, speakerAfter } from './speaker-after.js';
import { isVerb } from './speaker-lookup.js';
import type { Attribution, DescribedHead, SpeakerLookup } from './speaker-types.js';
import { subjectBefore } from './speakers.js';
import { strength } from '../relations/confidence.js';
import { withProps } from '../with-props.js';

export interface QuoteInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  paragraphs: readonly Paragraph[];
  sentenceTokens: ReadonlyArray<readonly [number, number]>;
  mentions: readonly Mention[];
  entities: readonly Entity[];
  speechVerbs: ReadonlySet<string>;
  speakerWords: SpeakerWords;
}

/** Quotes this short are scare quotes unless a speech verb in their sentence claims them. */
const SHORT_QUOTE_WORDS = 3;

export interface QuoteResult {
  quote: Quote;
  paragraph: number;
  /** How the speaker was found: 0.9 direct attribution, lower for adjacency. */
  confidence: number;
  /** The description that named the speaker ("the Russian leader said"), for a mention of it. */
  described?: DescribedHead;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

const verbUnions = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

/** The speech verbs and the verbs that attribute only quotations, joined once per lexicon. */
function quoteVerbs(input: QuoteInput): ReadonlySet<string> {
  let union = verbUnions.get(input.speechVerbs);
  if (union === undefined) {
    union = new Set([...input.speechVerbs, ...input.speakerWords.quoteVerbs]);
    verbUnions.set(input.speechVerbs, union);
  }
  return union;
}

class QuoteAttributor {
  readonly look: SpeakerLookup;
  /** Sentences holding a quote with a direct attribution. */
  private readonly attributed = new Set<number>();
  private lastSpeaker: LastSpeaker | undefined;
  private previousQuote: { id: string; openEnded: boolean; end: number } | undefined;
  /** Short quotes with no speech verb of their own, for the sandwich rule. */
  readonly short: QuoteSpan[] = [];
  /** Quotes with no attribution and no speaker nearby, for a quotation's later paragraphs to claim. */
  readonly unclaimed = new Set<QuoteSpan>();

  constructor(
    private readonly input: QuoteInput,
    spans: readonly QuoteSpan[],
  ) {
    const endingAt = new Map<number, Mention>();
    const startingAt = new Map<number, Mention>();
    for (const m of input.mentions) {
      const first = tokenIndexAt(input.tokens, m.start);
      const last = tokenIndexAt(input.tokens, m.end) - 1;
      const prevEnd = endingAt.get(last);
      if (prevEnd === undefined || prevEnd.end - prevEnd.start < m.end - m.start)
        endingAt.set(last, m);
      if (!startingAt.has(first)) startingAt.set(first, m);
    }
    const inQuote = spanCover(spans);
    const quoted = (at: number): boolean => inQuote(at, at + 1);
    const entities = new Map<string, Entity>();
    for (const e of input.entities) entities.set(e.id, e);
    this.look = {
      text: input.text,
      tokens: input.tokens,
      sentences: input.sentences,
      sentenceTokens: input.sentenceTokens,
      speechVerbs: quoteVerbs(input),
      entities,
      endingAt,
      startingAt,
      quoted,
      reference: new SpeakerReference({
        text: input.text,
        tokens: input.tokens,
        sentences: input.sentences,
        sentenceTokens: input.sentenceTokens,
        mentions: input.mentions,
        entities,
        words: input.speakerWords,
        quoted,
      }),
    };
  }

  private direct(q: QuoteSpan): Attribution | undefined {
    const { tokens, sentences } = this.input;
    if (q.close >= 0) {
      const after = speakerAfter(
        this.look,
        tokenIndexAt(tokens, q.close + 1),
        sentenceAt(sentences, q.close),
      );
      if (after !== undefined) return after;
      const next = this.nextSentenceAttribution(q);
      if (next !== undefined) return next;
    }
    if (q.open < 0) return undefined;
    const sentence = sentenceAt(sentences, q.open);
    const [first] = this.input.sentenceTokens[sentence] ?? [0, 0];
    const colon = colonSpeaker(this.look, tokenIndexAt(tokens, q.open));
    if (colon !== undefined) return colon;
    for (let k = tokenIndexAt(tokens, q.open) - 1; k >= first; k--) {
      if (isVerb(this.look, k)) {
        const found =
          invertedSpeaker(this.look, k, q.open) ??
          parentheticalSpeaker(this.look, k, q.open) ??
          passiveAgent(this.look, k, q.close) ??
          subjectBefore(this.look, k, sentence);
        // "X said that her ministry had referred the contracts and that '...'": a verb that only
        // attributes quotations, with no named speaker of its own, leaves the quote to a verb before.
        if (found?.speakerId || this.input.speechVerbs.has(lowerAt(tokens, k))) return found;
        const before = this.claimedBefore(k, first);
        if (before !== undefined) return before;
        return found;
      }
      // "According to Ana Ruiz, the firm was "not interested"": the source is named after "to".
      if (tokens[k]?.text.toLowerCase() === 'according' && tokens[k + 1]?.text === 'to')
        return speakerAfter(this.look, k, sentence);
      const put = asPutIt(this.look, k, sentence);
      if (put !== undefined) return put;
    }
    return (
      colonSubject(this.look, tokenIndexAt(tokens, q.open), sentence) ??
      (q.close < 0 ? undefined : trailingAttribution(this.look, q.close, sentence))
    );
  }

  /** The speaker of the nearest real speech verb before token `k` in its sentence, if named. */
  private claimedBefore(k: number, first: number): Attribution | undefined {
    const { tokens } = this.input;
    for (let j = k - 1; j >= first; j--) {
      if (!isVerb(this.look, j) || !this.input.speechVerbs.has(lowerAt(tokens, j))) continue;
      const sentence = sentenceAt(this.input.sentences, tokens[j]?.start ?? 0);
      const found =
        invertedSpeaker(this.look, j, tokens[k]?.start ?? 0) ??
        subjectBefore(this.look, j, sentence);
      return found?.speakerId ? found : undefined;
    }
    return undefined;
  }

  /** `“Why not?” Ana Ruiz asked.`: a question or exclamation ends the sentence before its attribution. */
  private nextSentenceAttribution(q: QuoteSpan): Attribution | undefined {
    const { text, sentences, tokens } = this.input;
    if (!/[?!]$/.test(text.slice(q.start, q.end))) return undefined;
    const index = sentenceAt(sentences, q.close);
    const here = sentences[index];
    const next = sentences[index + 1];
    if (here === undefined || next === undefined || here.end > q.close + 2) return undefined;
    if (next.paragraph !== here.paragraph) return undefined;
    // `He told her, “you are the best!” She called ...`: a speech verb before the quote in its
    // own sentence attributes it; the next sentence's speaker is someone answering.
    if (here.start < q.open && this.verbBefore(tokenIndexAt(tokens, here.start), q.open))
      return undefined;
    return speakerAfter(this.look, tokenIndexAt(tokens, next.start), index + 1);
  }

  /** Whether a speech verb stands between token `from` and offset `end`. */
  private verbBefore(from: number, end: number): boolean {
    for (let k = from; (this.input.tokens[k]?.start ?? end) < end; k++)
      if (isVerb(this.look, k)) return true;
    return false;
  }

  /** A quote that opens its sentence, or carries on the previous paragraph's, keeps the last speaker. */
  private adjacent(q: QuoteSpan): string | null | undefined {
    const previous = this.previousQuote;
    // `"We stand by it. "On the contrary, ..."`: a mark that opens where an unclosed quote was
    // cut off carries that quote on, like a quote carried over to the next paragraph.
    const carried =
      q.continued ||
      (previous !== undefined &&
        q.open >= 0 &&
        /^\s*$/.test(this.input.text.slice(previous.end, q.open)));
    if (carried && previous?.openEnded === true) return previous.id;
    const index = sentenceAt(this.input.sentences, q.open >= 0 ? q.open : q.start);
    const sentence = this.input.sentences[index];
    const opensSentence = q.open < 0 || sentence?.start === q.open;
    if (!opensSentence) return reportContinues(this.look, index, this.lastSpeaker);
    if (this.lastSpeaker === undefined) return undefined;
    if (namesAnotherAfter(this.look, q, index, this.lastSpeaker.id)) return undefined;
    const paragraphStart = this.input.paragraphs[q.paragraph]?.start === q.open;
    if (
      this.lastSpeaker.paragraph === q.paragraph ||
      (paragraphStart && this.lastSpeaker.paragraph === q.paragraph - 1)
    ) {
      return this.lastSpeaker.id;
    }
    return undefined;
  }

  /** `'A fight from start to finish.'` alone in its paragraph: a subheading, as headlines quote. */
  private singleQuotedHeading(q: QuoteSpan): boolean {
    const p = this.input.paragraphs[q.paragraph];
    if (!q.single || p === undefined || q.open !== p.start) return false;
    return /^\s*$/.test(this.input.text.slice(q.close + 1, p.end));
  }

  /** Speech verbs outside quotes update who spoke last ("Okafor said it was ..."). */
  noteSpeech(sentence: number): void {
    // A sentence whose quote was attributed already said who spoke; its "said" is that attribution.
    if (this.attributed.has(sentence)) return;
    const [first, last] = this.input.sentenceTokens[sentence] ?? [0, 0];
    // The first speech verb with words before it is the main clause's: "Okafor said it was ...".
    for (let k = first + 1; k < last; k++) {
      if (!isVerb(this.look, k) || this.subordinate(first, k)) continue;
      this.setLast(sentence, subjectBefore(this.look, k, sentence).speakerId);
      return;
    }
  }

  /** "Ruiz stayed because Lund asked her to": a speech verb of a subordinate clause. */
  private subordinate(first: number, k: number): boolean {
    const { tokens, speakerWords } = this.input;
    return inSubordinateClause(tokens, first, k, speakerWords, this.look.quoted);
  }

  private setLast(sentence: number, id: string | null): void {
    if (id !== null) this.look.reference.noteSpeaker(sentence, id);
    this.lastSpeaker = { sentence, paragraph: this.input.sentences[sentence]?.paragraph ?? 0, id };
  }

  attribute(q: QuoteSpan): QuoteResult | undefined {
    const text = this.input.text.slice(q.start, q.end);
    const sentence = sentenceAt(this.input.sentences, q.start);
    // ‘empire’, ‘soft’: a short single-quoted word is a scare quote, whoever is near.
    if (q.single && wordCount(text) <= SHORT_QUOTE_WORDS) return undefined;
    const whole = isQuotedSentence(this.input, q);
    const speech = whole || handsOverToAttribution(this.input, q);
    if (!speech && isQuotedTitle(text, this.input.speakerWords)) return undefined;
    if (isQuotedName(this.input.text, q.open, this.input.speakerWords)) return undefined;
    let found = this.direct(q);
    if (found === undefined && this.singleQuotedHeading(q)) return undefined;
    let id: string | null | undefined = found?.speakerId;
    let confidence = strength('quote-attributed');
    if (found === undefined) {
      // `"I'm not changing."` as a sentence of its own is speech, however short.
      if (wordCount(text) <= SHORT_QUOTE_WORDS && !whole) {
        this.short.push(q);
        return undefined;
      }
      id = this.adjacent(q);
      confidence = strength('quote-adjacent');
      // With no speaker before it, a speaker named right after it: `"..." Mia Lund said her ...`.
      found = id == null ? speakerInNextSentence(this.look, q) : undefined;
      if (found !== undefined) id = found.speakerId;
    }
    this.previousQuote = id == null ? undefined : { id, openEnded: q.close < 0, end: q.end };
    if (found !== undefined) {
      // A quote of several sentences and its attribution: each of those sentences is accounted for.
      const last = sentenceAt(this.input.sentences, Math.max(q.end, found.end) - 1);
      for (let k = sentence; k <= last; k++) this.attributed.add(k);
      this.setLast(last, id ?? null);
    }
    if (id == null) {
      if (found === undefined) this.unclaimed.add(q);
      return undefined;
    }
    this.look.reference.noteSpeaker(sentence, id);
    const quote: Quote = { start: q.start, end: q.end, text, speakerId: id };
    if (found !== undefined) quote.attribution = { start: found.start, end: found.end };
    const described = found?.speakerId === id ? found?.described : undefined;
    if (described !== undefined) return { quote, confidence, paragraph: q.paragraph, described };
    return { quote, confidence, paragraph: q.paragraph };
  }
}

/** Direct quotations with the entity that said them; quotes with no confident speaker are left out. */
export function attributeQuotes(input: QuoteInput): QuoteResult[] {
  const sentenceStart = (at: number): number =>
    input.sentences[sentenceAt(input.sentences, at)]?.start ?? at;
  const spans = findQuoteSpans(input.text, input.paragraphs, sentenceStart);
  const attributor = new QuoteAttributor(input, spans);
  const out: QuoteResult[] = [];
  let next = 0;
  input.sentences.forEach((s, index) => {
    for (; next < spans.length && (spans[next]?.start ?? 0) < s.end; next++) {
      const span = spans[next];
      if (span === undefined) continue;
      const result = attributor.attribute(span);
      if (result !== undefined) out.push(result);
    }
    attributor.noteSpeech(index);
  });
  const chained = chainedBack(input.text, spans, attributor.unclaimed, out);
  const answers = interviewAnswers(withProps(input, { quoted: attributor.look.quoted }));
  return [...out, ...chained, ...answers, ...sandwiched(input.text, attributor.short, out)].sort(
    (a, b) => a.quote.start - b.quote.start,
  );
}
