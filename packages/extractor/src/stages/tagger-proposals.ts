import type { Lexicon } from '../lexicon/lexicon.js';
import { mentionWords } from '../lexicon/mention-words.js';
import { personSlots } from '../lexicon/person-slots.js';
import { bioSpans, type TagSpan } from '../tagger/index.js';
import { CaseTable } from '../tagger/case-table.js';
import type { SequenceTagger } from '../tagger/tagger.js';
import type { Paragraph } from '../text/segment.js';
import type { Token } from '../text/tokenize.js';
import type { Sentence } from '../types.js';
import type { Candidate } from './candidate.js';
import { surname } from './given-names.js';
import { listedNamePair } from './listed-name-pairs.js';
import { taggedPersonReading } from './org-slot-of.js';
import { taggedBounds } from './tagged-name-bounds.js';
import { bodyCase } from './window-case.js';
import { withProps } from '../with-props.js';

export interface ProposalInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  paragraphs: readonly Paragraph[];
  sentenceTokens: ReadonlyArray<readonly [number, number]>;
  candidates: readonly Candidate[];
  tagger: SequenceTagger;
  lexicon: Lexicon;
}

/** The tagger's types that become hints; LOC and MISC stay with the lexicon and the rules. */
const PROPOSED: Readonly<Record<string, Candidate['tagged']>> = {
  PER: 'Person',
  ORG: 'Organization',
};

/**
 * The margin a person's name of two or more words needs, below the model's: a given name and a
 * surname together are the tagger's surest reading (DWIE and CoNLL dev both gain, no guard drops;
 * the same for organizations made more false ones than it found).
 */
const FULL_NAME_MARGIN = 200;

/**
 * Two or more words where a person's name stands, opened by a given name no list knows (the rules
 * already read a listed one): not after an article or before another capitalised word, where a
 * name is a modifier or part of a longer one ("the Varno Hill families", "Varno Hill School").
 */
function fullNameSlot(input: ProposalInput, from: number, to: number): boolean {
  const { tokens } = input;
  if (to - from < 2 || input.lexicon.firstNames.has(tokens[from]?.text ?? '')) return false;
  // "Muslim Uyghurs", "European Economist": an adjective of a people or faith names no one.
  for (let i = from; i < to; i++)
    if (input.lexicon.nameAdjectives.has(tokens[i]?.text ?? '')) return false;
  const before = tokens[from - 1]?.text.toLowerCase() ?? '';
  const next = tokens[to];
  if (mentionWords().articles.has(before) || next?.cap === true) return false;
  // "into Khan Tabrizat", "Leanne Park", "Art Deco": the given-name rule's evidence against a person.
  if (personSlots().placePrepositions.has(before)) return false;
  if (personSlots().wordGivenNames.has(tokens[from]?.text ?? '')) return false;
  if (!surname(input, tokens[to - 1]?.text ?? '')) return false;
  // "a 1930s-era Art Deco movie theater": a lower-case word after it other than a function word or
  // a speech verb makes the name a modifier.
  if (next === undefined || !next.word) return true;
  const lower = next.text.toLowerCase();
  return input.lexicon.stopwords.has(lower) || input.lexicon.speechVerbs.has(lower);
}

const NO_SPANS: readonly TagSpan[] = [];

/** bioSpans of the tags' names; where every tag is "O" (most sentences), none without spelling them out. */
function taggedSpans(names: readonly string[], tags: readonly number[]): readonly TagSpan[] {
  if (tags.every((t) => (names[t] ?? 'O') === 'O')) return NO_SPANS;
  return bioSpans(tags.map((t) => names[t] ?? 'O'));
}

/**
 * The sequence tagger's person and organization names as hints on untyped candidates. Which wins:
 * - a typed candidate of the rules (lexicon names, states, demonyms, rule-built organizations and
 *   people, references) anywhere in the tagger's span: the rules; the span is dropped;
 * - untyped words of the rules (bare names kept only if named elsewhere, unknown names after
 *   "in"/"at" taken for places) inside the span: one untyped candidate over the tagger's span
 *   replaces them, carrying the tagger's type (a preposition is weaker evidence than a sure tagger);
 * - nothing of the rules there: an untyped candidate with the tagger's type is added.
 * Resolution first matches such a candidate to names elsewhere in the article, acronyms, companies
 * and speakers, as for any untyped word; only a name none of those claims takes the tagger's type. Headlines in capitals or Title Case and boilerplate are left to the rules.
 */
export function proposeTaggedNames(input: ProposalInput): Candidate[] {
  const { tokens, candidates } = input;
  const typed = new Uint8Array(tokens.length);
  const untyped = new Map<number, Candidate[]>();
  for (const c of candidates) {
    // A bare word of a quoted headline (title-quote.ts) is the rules' reading, as a headline's is.
    const weak = c.type === null && c.reference === undefined && c.caseless !== true;
    if (!weak) typed.fill(1, c.first, c.last);
    else
      for (let t = c.first; t < c.last; t++) {
        const list = untyped.get(t);
        if (list === undefined) untyped.set(t, [c]);
        else list.push(c);
      }
  }
  const ranges = taggedSentences(input);
  const docCase = bodyCase(
    tokens,
    input.sentenceTokens,
    ranges.map(([, , sentence]) => sentence),
  );
  const history = new CaseTable();
  const minimum = input.tagger.model.proposalMargin ?? 0;
  const replaced = new Set<Candidate>();
  const added: Candidate[] = [];
  for (const [first, last, sentence] of ranges) {
    let opening = first;
    while (opening < last && tokens[opening]?.word !== true) opening++;
    const windows = openWindows(input, typed, first, last);
    if (windows.length === 0) continue;
    const margins: number[] = [];
    const words = tokens.slice(first, last);
    const tags = input.tagger.tagIndices(words, docCase, history, margins, windows);
    for (const span of taggedSpans(input.tagger.model.tags, tags)) {
      let tagged = PROPOSED[span.type];
      const need =
        tagged === 'Person' && fullNameSlot(input, first + span.start, first + span.end)
          ? Math.min(minimum, FULL_NAME_MARGIN)
          : minimum;
      let sure = Math.min(...margins.slice(span.start, span.end)) >= need;
      const pair = { from: first + span.start, to: first + span.end, tag: span.type };
      if (
        tagged !== undefined &&
        !sure &&
        listedNamePair(withProps(input, { docCase }), pair, margins[span.end - 1] ?? 0)
      )
        [tagged, sure] = ['Person', true];
      if (tagged === 'Person') tagged = taggedPersonReading(input, pair);
      if (tagged === undefined || !sure) continue;
      const [from, to] = taggedBounds(input, untyped, [pair.from, pair.to], tagged);
      if (to <= from || typed.subarray(from, to).includes(1) || besideTyped(input, typed, from, to))
        continue;
      if (!nameLike(input, { from, to, tagged, opening })) continue;
      const inside = untypedInside(untyped, from, to);
      if (inside === undefined) continue;
      for (const c of inside) replaced.add(c);
      added.push(hinted(input, { from, to, sentence, tagged }, inside));
    }
  }
  return [...candidates.filter((c) => !replaced.has(c)), ...added];
}

/**
 * Where the tagger looks in a sentence (token ranges relative to its first token): each run of
 * capitalised words no typed candidate covers ("of" and the like may join two). Its features still
 * see the words around it; the rest of the sentence is left untagged, which keeps extraction fast.
 */
function openWindows(
  input: ProposalInput,
  typed: Uint8Array,
  first: number,
  last: number,
): Array<[number, number]> {
  const { tokens, lexicon } = input;
  const windows: Array<[number, number]> = [];
  // A capitalised function word ("The", "But") is not a name, and a lone capitalised first word
  // is never proposed (see nameLike): neither needs tagging.
  const open = (i: number): boolean =>
    tokens[i]?.cap === true &&
    typed[i] === 0 &&
    !lexicon.stopwords.has(tokens[i]?.text.toLowerCase() ?? '');
  let i = first;
  while (i < last) {
    if (!open(i)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < last && (open(end) || (open(end + 1) && end + 1 < last && !tokens[end]?.cap)))
      end++;
    const from = i - first;
    const to = end - first;
    const opening = i === first || (i === first + 1 && tokens[first]?.word !== true);
    if (to - from === 1 && opening) {
      i = end;
      continue;
    }
    const previous = windows[windows.length - 1];
    if (previous !== undefined && previous[1] >= from) previous[1] = to;
    else windows.push([from, to]);
    i = end;
  }
  return windows;
}

/** Sentences of body text as [first token, last token, sentence index]. */
function taggedSentences(input: ProposalInput): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  input.sentences.forEach((s, index) => {
    const range = input.sentenceTokens[index];
    const paragraph = input.paragraphs[s.paragraph];
    if (range === undefined || paragraph === undefined) return;
    if (paragraph.kind === 'boilerplate' || paragraph.caseless) return;
    if (range[1] > range[0]) out.push([range[0], range[1], index]);
  });
  return out;
}

/**
 * What the word lists say against a name: a first word at the sentence start (a lone surname
 * elsewhere is kept: resolution matches it to the full name where the article gives one, and a
 * text that never does, a headline or a single sentence, still names the person), a head that makes it a thing or event ("Marshall Plan", "Davis
 * Cup"), or only adjectives of peoples and faiths ("Muslim"), or for an organization only the
 * heads and portfolios that name a kind of body ("the Senate", "Ministry of Economy"): which one,
 * the rules read from the state or qualifier beside it; nor acronyms, which may name anything.
 */
function nameLike(
  input: ProposalInput,
  { from, to, tagged, opening }: Pick<Hint, 'from' | 'to' | 'tagged'> & { opening: number },
): boolean {
  const lex = input.lexicon;
  const text = (i: number): string => input.tokens[i]?.text ?? '';
  const single = to - from === 1;
  // Acronyms are the lexicon's and the rules' (a definition in parentheses, "X said").
  let acronym = true;
  for (let i = from; i < to; i++) if (input.tokens[i]?.upper !== true) acronym = false;
  if (acronym) return false;
  if (single && from === opening) return false;
  if (lex.nonNameHeads.has(text(to - 1)) || lex.eventHeads.has(text(to - 1))) return false;
  for (let i = from; i < to; i++) {
    const word = text(i);
    const generic =
      lex.nameAdjectives.has(word) ||
      lex.stopwords.has(word.toLowerCase()) ||
      (tagged === 'Organization' && (lex.orgHeads.has(word) || lex.portfolios.has(word)));
    if (!generic) return true;
  }
  return false;
}

/**
 * A capitalised typed name right before or after the span: the span is likely the rest of a longer
 * name whose listed part the rules took ("Bayern" of "Bayern Munich"), and the window the tagger
 * saw ended there.
 */
function besideTyped(input: ProposalInput, typed: Uint8Array, from: number, to: number): boolean {
  const capTyped = (i: number): boolean => typed[i] === 1 && input.tokens[i]?.cap === true;
  return capTyped(from - 1) || capTyped(to);
}

interface Hint {
  from: number;
  to: number;
  sentence: number;
  tagged: NonNullable<Candidate['tagged']>;
}

/** The untyped candidate over [from, to) that carries the tagger's type. */
function hinted(input: ProposalInput, hint: Hint, inside: readonly Candidate[]): Candidate {
  const { from, to, sentence, tagged } = hint;
  const same = inside.length === 1 && inside[0]?.first === from && inside[0]?.last === to;
  if (same && inside[0] !== undefined) {
    const hint: Candidate = withProps(inside[0], { tagged });
    delete hint.place;
    return hint;
  }
  const start = input.tokens[from]?.start ?? 0;
  const end = input.tokens[to - 1]?.end ?? start;
  const text = input.text.slice(start, end).replace(/\s+/g, ' ');
  const speaker = inside.some((c) => c.speaker === true);
  return {
    start,
    end,
    text,
    first: from,
    last: to,
    sentence,
    type: null,
    kind: to - from >= 2 ? 'name' : 'surname',
    name: text,
    tagged,
    ...(speaker ? { speaker } : {}),
  };
}

/** The untyped candidates within [from, to), or undefined where one sticks out of it. */
function untypedInside(
  untyped: ReadonlyMap<number, Candidate[]>,
  from: number,
  to: number,
): Candidate[] | undefined {
  const inside = new Set<Candidate>();
  for (let t = from; t < to; t++) {
    for (const c of untyped.get(t) ?? []) {
      if (c.first < from || c.last > to) return undefined;
      inside.add(c);
    }
  }
  return [...inside];
}
