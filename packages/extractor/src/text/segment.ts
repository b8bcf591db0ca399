import type { Sentence } from '../types.js';
import { spaceRuns } from './space-runs.js';

/** A sentence that ends in a question mark, maybe inside closing quotes or a bracket. */
export function endsWithQuestion(sentence: string): boolean {
  return /\?\s*["'”’)]*\s*$/u.test(sentence);
}

export type ParagraphKind = 'headline' | 'body' | 'boilerplate';

/** A block of text: a blank-line, indented or one-line paragraph of the original. */
export interface Paragraph {
  index: number;
  start: number;
  end: number;
  kind: ParagraphKind;
  /** All capitals or Title Case: capitalisation says nothing about names there. */
  caseless: boolean;
}

export interface Segmentation {
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

export interface SegmentOptions {
  /** Treat the first non-empty line as a headline (default true). */
  headline?: boolean;
}

interface Line {
  start: number;
  end: number;
}

const BOILERPLATE_RE =
  /^[\s—–-]*(?:with assistance (?:by|from)|additional reporting|reporting by|editing by|writing by|compiled by|photographer:|photo(?:graph)?:|photo credit|credit:|image:|picture:|updated on|published on|follow us|sign up|subscribe|click here|read more|this (?:article|story) (?:has been|was|is)|copyright|©|all rights reserved|\(reporting by)/i;
const BOILERPLATE_ANYWHERE_RE = /LEARN MORE|All rights reserved|Terminal\. |newsletter/i;
const BULLET_RE = /^\s*(?:[•·▪●◦*]|-\s)/;
// Closing marks include doubled apostrophes (''), opening ones doubled backticks (``) and ''.
const SENTENCE_END_RE = /[.!?]+["”’')\]]*(?=\s+(?:''|``|["“‘'([])?[\p{Lu}\p{N}])/gu;
const DOTTED_RE = /(?:^|[^\p{L}])((?:\p{L}\.){2,})$/u;
const ABBREV_END_RE =
  /(?:^|[^\p{L}.])(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gen|Gov|Lt|Col|Sgt|Capt|Maj|Adm|Prof|St|Jr|Sr|Rev|Fr|No|vs|Mt|Ft|Hon|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|\p{Lu})\.$/u;
const SENTENCE_STARTERS_RE =
  /^["“‘([]?(?:The|A|An|He|She|It|They|We|I|But|And|In|On|At|This|That|These|Those|There|His|Her|Their|Its|However|Meanwhile|After|Before|While|When|If|As|For|Some|Many|Most)\b/;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    lines.push({ start, end: end > start && text[end - 1] === '\r' ? end - 1 : end });
    if (nl === -1) return lines;
    start = nl + 1;
  }
}

/** Wire copy wrapped at a fixed width: most lines are of similar, moderate length. */
function isHardWrapped(text: string, lines: Line[]): boolean {
  const lengths = lines.map((l) => text.slice(l.start, l.end).trim().length).filter((n) => n > 0);
  if (lengths.length < 6) return false;
  const moderate = lengths.filter((n) => n >= 30 && n <= 90).length;
  const long = lengths.filter((n) => n > 110).length;
  return moderate / lengths.length >= 0.6 && long / lengths.length < 0.1;
}

function blank(text: string, line: Line): boolean {
  return text.slice(line.start, line.end).trim() === '';
}

/** Paragraph ranges: blank lines always separate; single newlines only when the text is not hard-wrapped. */
function paragraphRanges(text: string): Line[] {
  const lines = splitLines(text);
  const wrapped = isHardWrapped(text, lines);
  const out: Line[] = [];
  let current: Line | null = null;
  for (const line of lines) {
    if (blank(text, line)) {
      current = null;
      continue;
    }
    const raw = text.slice(line.start, line.end);
    const breaks = !wrapped || /^\s/.test(raw) || BULLET_RE.test(raw);
    if (current === null || breaks) {
      current = { start: line.start, end: line.end };
      out.push(current);
    } else {
      current.end = line.end;
    }
  }
  return out.map((p) => trimRange(text, p));
}

function trimRange(text: string, r: Line): Line {
  let { start, end } = r;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

function isCaseless(body: string, headline: boolean): boolean {
  let letters = 0;
  let upper = 0;
  for (const ch of body) {
    if (ch.toLowerCase() === ch.toUpperCase()) continue;
    letters++;
    if (ch === ch.toUpperCase()) upper++;
    else if (letters - upper > letters * 0.2 + 8) return headline && titleCase(body);
  }
  if (letters >= 8 && upper / letters > 0.8) return true;
  return headline && titleCase(body);
}

function titleCase(body: string): boolean {
  const words = body.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  const capped = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= 3 && capped / words.length >= 0.75;
}

/**
 * A first paragraph longer than this is the story itself, not its headline: a text with no line
 * breaks would otherwise be one headline "sentence" (and every per-sentence step quadratic).
 */
const HEADLINE_MAX_CHARS = 400;

function paragraphKind(
  body: string,
  index: number,
  last: boolean,
  headline: boolean,
): ParagraphKind {
  if (index === 0 && headline && body.length <= HEADLINE_MAX_CHARS) return 'headline';
  if (BOILERPLATE_RE.test(body) || BOILERPLATE_ANYWHERE_RE.test(body)) return 'boilerplate';
  // An agency sign-off ("Reuter", "AP") closing the story.
  if (last && atMostTwoWords(body) && !/[.!?"”]$/.test(body)) return 'boilerplate';
  return 'body';
}

/** `body.split(/\s+/).length <= 2` without splitting: at most one run of whitespace. */
export function atMostTwoWords(body: string): boolean {
  return spaceRuns(body, 2) <= 1;
}

/** True when the dot before `at` ends an abbreviation rather than a sentence. */
function abbreviationEnd(text: string, from: number, at: number, next: string): boolean {
  const before = text.slice(Math.max(from, at - 12), at + 1);
  if (DOTTED_RE.test(before)) return !SENTENCE_STARTERS_RE.test(next);
  return ABBREV_END_RE.test(before);
}

function splitSentences(text: string, p: Line): Line[] {
  const body = text.slice(p.start, p.end);
  const out: Line[] = [];
  let start = p.start;
  SENTENCE_END_RE.lastIndex = 0;
  for (let m = SENTENCE_END_RE.exec(body); m !== null; m = SENTENCE_END_RE.exec(body)) {
    const markEnd = p.start + m.index + m[0].length;
    const dotAt = p.start + m.index;
    if ((m[0].startsWith('.') && m[0].length === 1) || /^\.["”’')\]]/.test(m[0])) {
      if (abbreviationEnd(text, start, dotAt, body.slice(m.index + m[0].length).trimStart()))
        continue;
    }
    out.push(trimRange(text, { start, end: markEnd }));
    start = markEnd;
  }
  out.push(trimRange(text, { start, end: p.end }));
  return out.filter((s) => s.end > s.start);
}

/** Paragraphs and sentences of an article, with offsets into the original text. */
export function segment(text: string, options: SegmentOptions = {}): Segmentation {
  const headline = options.headline ?? true;
  const ranges = paragraphRanges(text);
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  ranges.forEach((range, index) => {
    const body = text.slice(range.start, range.end);
    const kind = paragraphKind(body, index, index === ranges.length - 1, headline);
    paragraphs.push({ index, ...range, kind, caseless: isCaseless(body, kind === 'headline') });
    const parts = kind === 'headline' ? [range] : splitSentences(text, range);
    for (const s of parts)
      sentences.push({ index: sentences.length, start: s.start, end: s.end, paragraph: index });
  });
  return { paragraphs, sentences };
}
