import type { Entity } from '@newsgraph/graph-schema';
import type { Lexicon } from './lexicon/lexicon.js';
import type { SpeakerWords } from './lexicon/speaker-words.js';
import type { Candidate } from './stages/candidate.js';
import { findCandidates } from './stages/mentions.js';
import { joinGivenNamePlaces } from './stages/given-name-places.js';
import { joinNicknames } from './stages/nicknames.js';
import { demoteNonPersons } from './stages/non-persons.js';
import { hintOrgSlots } from './stages/org-slots.js';
import { hintPersonSlots } from './stages/person-slots.js';
import { hintAimedAt } from './stages/aimed-at.js';
import { attributeQuotes, type QuoteResult } from './stages/quotes.js';
import { TITLE_PARAGRAPHS_BACK } from './stages/speaker-reference.js';
import type { SportsReport } from './stages/scan-context.js';
import { proposeTaggedNames } from './stages/tagger-proposals.js';
import type { StringPool } from './string-pool.js';
import type { SequenceTagger } from './tagger/tagger.js';
import type { Paragraph } from './text/segment.js';
import { tokenize, type Token } from './text/tokenize.js';
import type { Mention, Sentence } from './types.js';
import { sentenceTokens, windowView, type TextWindow, type WindowView } from './windows.js';
import { withProps } from './with-props.js';

/** The whole text, segmented, and its windows (see windows.ts). */
export interface WindowedText {
  text: string;
  sentences: readonly Sentence[];
  paragraphs: readonly Paragraph[];
  windows: readonly TextWindow[];
  /** A text of one window keeps its tokens from the candidates to the quotes. */
  single?: WindowInput;
  /** A text of several windows keeps one copy of each name its candidates and mentions hold. */
  strings?: StringPool;
}

/** The stages' view of one window: its tokens and, from 0, its sentences and paragraphs. */
interface WindowInput {
  text: string;
  tokens: Token[];
  sentences: readonly Sentence[];
  paragraphs: readonly Paragraph[];
  sentenceTokens: Array<[number, number]>;
  /** Where the window's numbering starts in the whole text's (absent for a text of one window). */
  view?: WindowView;
}

/**
 * One window's input. A text of one window is read whole, as it always was; otherwise tokens are
 * made for the window alone and dropped after use.
 */
function windowInput(whole: WindowedText, window: TextWindow): WindowInput {
  if (whole.single !== undefined) return whole.single;
  const { text } = whole;
  const tokens = tokenize(text, window.start, window.end);
  if (whole.windows.length === 1) {
    const { sentences, paragraphs } = whole;
    const ranges = sentenceTokens(tokens, sentences);
    whole.single = { text, tokens, sentences, paragraphs, sentenceTokens: ranges };
    return whole.single;
  }
  const view = windowView(whole.sentences, whole.paragraphs, window);
  const ranges = sentenceTokens(tokens, view.sentences);
  return { text, tokens, ...view, sentenceTokens: ranges, view };
}

export interface WindowCandidates {
  candidates: Candidate[];
  acronyms: Map<string, Candidate>;
  /** The first window's reading, which holds the headline: a sports report or not. */
  sports: SportsReport;
}

/** Sentence and token numbers from a window's own back to the whole text's, once per candidate. */
function renumber(
  found: Iterable<Candidate>,
  sentence: number,
  token: number,
  done: Set<Candidate>,
): void {
  for (const c of found) {
    if (done.has(c)) continue;
    done.add(c);
    c.sentence += sentence;
    c.first += token;
    c.last += token;
  }
}

/**
 * Candidates of every window (rules, then the tagger's proposals where a tagger is given), numbered
 * as in the whole text; acronyms defined anywhere, the later definition winning as in one pass.
 */
export function windowCandidates(
  whole: WindowedText,
  lexicon: Lexicon,
  tagger: SequenceTagger | undefined,
): WindowCandidates {
  const candidates: Candidate[] = [];
  const acronyms = new Map<string, Candidate>();
  let sports: SportsReport;
  let tokenBase = 0;
  for (const window of whole.windows) {
    const input = windowInput(whole, window);
    // withProps, not a spread: see with-props.ts.
    const found = findCandidates(withProps(input, { lexicon }));
    let hinted = found.candidates;
    if (tagger !== undefined) {
      const tagged = proposeTaggedNames(withProps(input, { candidates: hinted, tagger, lexicon }));
      const orgs = hintOrgSlots(withProps(input, { candidates: tagged, tagger, lexicon }));
      const persons = hintPersonSlots(withProps(input, { candidates: orgs, tagger, lexicon }));
      hinted = hintAimedAt(withProps(input, { candidates: persons, tagger, lexicon }));
    }
    const named = joinGivenNamePlaces(withProps(input, { candidates: hinted, tagger, lexicon }));
    const joined = joinNicknames(withProps(input, { candidates: named, lexicon }));
    const proposed = demoteNonPersons(withProps(input, { candidates: joined, lexicon }));
    if (whole.windows.length === 1)
      return { candidates: proposed, acronyms: found.acronyms, sports: found.sports };
    if (window === whole.windows[0]) sports = found.sports;
    // A window's candidates are its own: a set for the window is enough to number each once.
    const done = new Set<Candidate>();
    renumber(proposed, window.first, tokenBase, done);
    renumber(found.acronyms.values(), window.first, tokenBase, done);
    whole.strings?.candidates(done);
    for (const c of proposed) candidates.push(c);
    for (const [name, c] of found.acronyms) acronyms.set(name, c);
    tokenBase += input.tokens.length;
  }
  return { candidates, acronyms, sports };
}

export interface WindowQuoteInput {
  mentions: readonly Mention[];
  entities: readonly Entity[];
  speechVerbs: ReadonlySet<string>;
  speakerWords: SpeakerWords;
}

/** The first mention in sentence `sentence` or after (mentions in sentence order). */
function mentionAt(mentions: readonly Mention[], sentence: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid]?.sentence ?? 0) < sentence) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The mentions in sentences [first, last), numbered from the window's first sentence. */
function windowMentions(
  mentions: readonly Mention[],
  window: TextWindow,
  sorted: boolean,
): Mention[] {
  const out: Mention[] = [];
  const from = sorted ? mentionAt(mentions, window.first) : 0;
  for (let k = from; k < mentions.length; k++) {
    const m = mentions[k];
    if (m === undefined) continue;
    if (sorted && m.sentence >= window.last) break;
    if (m.sentence >= window.first && m.sentence < window.last)
      out.push({ ...m, sentence: m.sentence - window.first });
  }
  return out;
}

/** Paragraphs before a window that its quotes' speakers are looked for in (stages/speaker-reference.ts). */
// A title's holder ("the foreign secretary said") must have been named within TITLE_PARAGRAPHS_BACK
// paragraphs; a window reads at least that far back so that its cut changes no speaker.
const LEAD_IN_PARAGRAPHS = Math.max(2, TITLE_PARAGRAPHS_BACK);

/**
 * The window with the paragraphs before it that a speaker may be found in ("he said" after a
 * paragraph that names him, a quote carried on from the paragraph before).
 */
function withLeadIn(sentences: readonly Sentence[], window: TextWindow): TextWindow {
  const from = (sentences[window.first]?.paragraph ?? 0) - LEAD_IN_PARAGRAPHS;
  let first = window.first;
  while (first > 0 && (sentences[first - 1]?.paragraph ?? -1) >= from) first--;
  if (first === window.first) return window;
  return { ...window, first, start: sentences[first]?.start ?? window.start };
}

/**
 * Quotes and their speakers, window by window. Each window is read with the paragraphs before it
 * that a speaker may be looked for in; the quotes there are the window before's, and left to it.
 */
export function windowQuotes(whole: WindowedText, rest: WindowQuoteInput): QuoteResult[] {
  const out: QuoteResult[] = [];
  // Mentions come in text order, hence sentence order; a window's are then found by bisection.
  const sorted = rest.mentions.every(
    (m, k) => k === 0 || (rest.mentions[k - 1]?.sentence ?? 0) <= m.sentence,
  );
  for (const window of whole.windows) {
    const read = whole.windows.length === 1 ? window : withLeadIn(whole.sentences, window);
    const input = windowInput(whole, read);
    if (input.view === undefined) return attributeQuotes(withProps(input, rest));
    const mentions = windowMentions(rest.mentions, read, sorted);
    for (const r of attributeQuotes(withProps(withProps(input, rest), { mentions }))) {
      if (r.quote.start < window.start) continue;
      out.push({ ...r, paragraph: r.paragraph + input.view.firstParagraph });
    }
  }
  return out;
}
