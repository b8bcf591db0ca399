import { entityId } from '@newsgraph/graph-schema';
import type { Lexicon } from '../lexicon/lexicon.js';
import { cityNames } from '../lexicon/cities.js';
import { mentionWords } from '../lexicon/mention-words.js';
import { nameOpeners } from '../lexicon/name-openers.js';
import { personSlots } from '../lexicon/person-slots.js';
import { placeWords } from '../lexicon/place-words.js';
import type { Paragraph } from '../text/segment.js';
import type { Token } from '../text/tokenize.js';
import type { Candidate } from './candidate.js';
import { clubRoles } from './sports.js';
import { findQuoteSpans, type QuoteSpan } from './quote-marks.js';
import { asBody, orgNounBodies } from './org-noun-names.js';
import { bodyAfterTitle, nonNameWord, placeOfNoun } from './non-name-words.js';

export interface NonPersonInput {
  text: string;
  tokens: readonly Token[];
  paragraphs: readonly Paragraph[];
  candidates: readonly Candidate[];
  lexicon: Lexicon;
}

/** The most words a quotation may hold and still be read as the title of a work or a nickname. */
const TITLE_WORDS = 8;

/**
 * Candidates whose only claim to a person is one the context takes back:
 * - a name that is (most of) a short quotation in title case, '"Night Riders"', '"Hello, Walter!"',
 *   'the song "Silver Tom,"': the title of a work or a nickname, not a person spoken of; the
 *   candidate becomes a bare name, which a body's cue may still type ('Ruth Dale of "X"'; a title
 *   holder, "Chief X", keeps it);
 * - a speech verb after a name that follows a preposition, "a spokesman for the office in Carlow
 *   said": the name is the preposition's object, not the verb's subject;
 * - a lone word after a speech verb and before a lower-case noun and a name, "said Dutch teacher
 *   Ana Ruiz": the word modifies the noun of an apposition.
 * In the last two the speech verb stops counting: a bare word keeps only its other evidence, and
 * a name the rules typed a person on that evidence alone, with no given name, title or honorific,
 * becomes a bare name again.
 */
export function demoteNonPersons(input: NonPersonInput): Candidate[] {
  const titles = titleQuotes(input);
  const bodies = orgNounBodies(input);
  const out: Candidate[] = [];
  for (const c of input.candidates) out.push(asBody(input, bodies, c) ?? reread(input, titles, c));
  return out;
}

/** The candidate as its context leaves it. */
function reread(
  input: NonPersonInput,
  titles: ReadonlyArray<readonly [number, number]>,
  c: Candidate,
): Candidate {
  if (c.role !== undefined && bodyAfterTitle(input, c)) {
    const body = bare(c);
    delete body.role;
    return body;
  }
  if (c.role !== undefined || c.reference !== undefined) return c;
  const firm = ampersandName(c);
  if (firm !== undefined) return firm;
  // "The PUK condemned": an acronym the tagger read as an organization speaks for it.
  const person =
    c.type === 'Person' ||
    (c.type === null &&
      (c.tagged === 'Person' || (c.speaker === true && c.tagged !== 'Organization')));
  if (!person) return c;
  if (insideTitle(titles, c) || nonNameWord(input, c)) return bare(c);
  if (cityNames().has(c.name) && !personDespiteTown(input, c)) return town(c);
  if (placeOfNoun(input, c)) return town(c);
  if (placeNounAfter(input, c) || articleBefore(input, c) || thingAfter(input, c)) return bare(c);
  if (c.speaker === true && prepositionObject(input, c)) return withoutSpeech(input, c);
  const modifier = c.speaker === true ? apposedModifier(input, c) : undefined;
  if (modifier === 'noun') return withoutSpeech(input, c);
  // Before a title the tagger's person ("said Kessel coach Ana Ruiz") rests on the same evidence;
  // before another noun the word may still be a person's ("said Ruiz accused Lund").
  if (modifier === 'title') return withoutTagged(withoutSpeech(input, c));
  return portfolioTrimmed(input, c);
}

/** "the Lindqvist airport", "the Arroyo Verde mine": a name before a lower-case place noun names the place. */
function placeNounAfter(input: NonPersonInput, c: Candidate): boolean {
  const next = input.tokens[c.last];
  if (next === undefined || !next.word || next.cap) return false;
  const noun = next.text.endsWith('s') ? next.text.slice(0, -1) : next.text;
  const head = noun.charAt(0).toUpperCase() + noun.slice(1);
  return (
    personSlots().thingNouns.has(next.text) ||
    placeWords().facilityHeads.has(head) ||
    input.lexicon.locationHeads.has(head)
  );
}

/**
 * "two Gregory awards", "the Meyer plan": a name the tagger alone read as a person, before a
 * lower-case head of a thing's or event's name or a noun for a kind of organization.
 */
function thingAfter(input: NonPersonInput, c: Candidate): boolean {
  const next = input.tokens[c.last];
  if (c.type !== null || next === undefined || !next.word || next.cap) return false;
  if (input.lexicon.orgNouns.has(next.text)) return true;
  const head = next.text.charAt(0).toUpperCase() + next.text.slice(1);
  const lex = input.lexicon;
  return lex.eventHeads.has(head) || lex.nonNameHeads.has(head);
}

/** "won the Gregory for best design": a lone name the tagger read as a person, after an article. */
function articleBefore(input: NonPersonInput, c: Candidate): boolean {
  const token = input.tokens[c.first];
  if (c.type !== null || c.last - c.first !== 1 || token?.upper !== false) return false;
  if (!mentionWords().articles.has(input.tokens[c.first - 1]?.text.toLowerCase() ?? ''))
    return false;
  // "the Brandt campaign": before a lower-case noun the name is a modifier, and still names the
  // person; before a capitalised word it is part of a longer name ("the Gregory Day parade"); before
  // its speech verb it is a body ("the Parliament rejected").
  const next = input.tokens[c.last];
  if (c.speaker === true) return true;
  return next?.word !== true || next.cap || input.lexicon.stopwords.has(next.text.toLowerCase());
}

/**
 * "Procter & Gamble", "Mizuho Research & Technologies": a name that joins words with "&" is a
 * firm's (chunk-end.ts does not join two people's names so); a run that starts with "&" ("& Co"
 * after a listed name) is the tail of one, no person.
 */
function ampersandName(c: Candidate): Candidate | undefined {
  if (c.text.startsWith('&')) return bare(c);
  if (!c.text.includes(' & ') || c.entry !== undefined || c.type === 'Organization')
    return undefined;
  const body: Candidate = { ...c, type: 'Organization', id: entityId('Organization', c.name) };
  delete body.tagged;
  delete body.speaker;
  return body;
}

/** No person any more: a bare name, kept only where it matches something named elsewhere. */
function bare(c: Candidate): Candidate {
  const out: Candidate = { ...c, type: null };
  delete out.tagged;
  delete out.speaker;
  return out;
}

/**
 * "Secretary of Defense Ana Ruiz": the tagger's person span opened by the portfolio of the office
 * before it; the name starts after the portfolio.
 */
function portfolioTrimmed(input: NonPersonInput, c: Candidate): Candidate {
  const { tokens, lexicon } = input;
  if (c.type !== null || c.tagged !== 'Person' || c.last - c.first < 3) return c;
  const before = tokens[c.first - 1]?.text.toLowerCase() ?? '';
  if (
    !(before === 'of' || before === 'for') ||
    !lexicon.portfolios.has(tokens[c.first]?.text ?? '')
  )
    return c;
  const first = c.first + 1;
  const start = tokens[first]?.start ?? c.start;
  const text = input.text.slice(start, c.end).replace(/\s+/g, ' ');
  return { ...c, first, start, text, name: text };
}

/** Short quotations whose words are all capitalised or function words, as [start, end] offsets. */
function titleQuotes(input: NonPersonInput): Array<[number, number]> {
  // Only quotations with both marks count here; where the others start does not matter.
  const sentenceStart = (at: number): number => at;
  const out: Array<[number, number]> = [];
  const quotes = findQuoteSpans(input.text, input.paragraphs, sentenceStart);
  let t = 0;
  for (const q of quotes) {
    if (q.open < 0 || q.close < 0) continue;
    while (t < input.tokens.length && (input.tokens[t]?.start ?? 0) < q.start) t++;
    if (titleCase(input, q, t)) out.push([q.start, q.end]);
  }
  return out;
}

function titleCase(input: NonPersonInput, q: QuoteSpan, from: number): boolean {
  let words = 0;
  for (let i = from; i < input.tokens.length; i++) {
    const token = input.tokens[i];
    if (token === undefined || token.start >= q.end) break;
    if (!token.word) continue;
    if (++words > TITLE_WORDS) return false;
    const small = input.lexicon.stopwords.has(token.text.toLowerCase()) || /^\d+$/.test(token.text);
    if (!token.cap && !small) return false;
  }
  return words > 0;
}

function insideTitle(titles: ReadonlyArray<readonly [number, number]>, c: Candidate): boolean {
  let lo = 0;
  let hi = titles.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((titles[mid]?.[1] ?? 0) < c.end) lo = mid + 1;
    else hi = mid;
  }
  const title = titles[lo];
  return title !== undefined && title[0] <= c.start && c.end <= title[1];
}

/** "in Carlow said", "the mayor of Carlow, said": a preposition right before, the verb after. */
function prepositionObject(input: NonPersonInput, c: Candidate): boolean {
  const before = input.tokens[c.first - 1]?.text.toLowerCase() ?? '';
  const words = mentionWords();
  if (!words.placePrepositions.has(before) && !words.townPrepositions.has(before)) return false;
  let after = c.last;
  if (input.tokens[after]?.text === ',') after++;
  return input.lexicon.speechVerbs.has(input.tokens[after]?.text.toLowerCase() ?? '');
}

/** The most lower-case words an apposition's noun may run to: "said Kessel sport director Ana Ruiz". */
const MODIFIED_NOUN_WORDS = 3;

/**
 * "said Dutch teacher Ana Ruiz", "said Kessel sport director Ana Ruiz": one word, then lower-case
 * content words, then a capital: 'noun' for the word before a noun, 'title' where the run ends in a
 * noun for a person's office, occupation or place in a club ("manager"). Past one word the run
 * must end in such a noun, so that a clause ("said Ruiz often praised Lund") is not read as one.
 */
function apposedModifier(input: NonPersonInput, c: Candidate): 'noun' | 'title' | undefined {
  if (c.last - c.first !== 1) return undefined;
  let end = c.last;
  while (end - c.last < MODIFIED_NOUN_WORDS && contentWord(input, input.tokens[end])) end++;
  if (end === c.last || input.tokens[end]?.cap !== true) return undefined;
  if (personNoun(input, input.tokens[end - 1]?.text ?? '')) return 'title';
  return end - c.last === 1 ? 'noun' : undefined;
}

function contentWord(input: NonPersonInput, token: Token | undefined): boolean {
  if (token === undefined || !token.word || token.cap) return false;
  const lower = token.text.toLowerCase();
  return !input.lexicon.stopwords.has(lower) && !input.lexicon.speechVerbs.has(lower);
}

/** "director", "coach", "executive": a word for a person's office or occupation. */
function personNoun(input: NonPersonInput, word: string): boolean {
  const lex = input.lexicon;
  return (
    lex.appositionRoles.has(word) ||
    nameOpeners().has(word) ||
    clubRoles().has(word) ||
    lex.titles.longest([{ text: word }], 0) !== undefined
  );
}

function withoutSpeech(input: NonPersonInput, c: Candidate): Candidate {
  const out: Candidate = { ...c };
  delete out.speaker;
  const given = input.lexicon.firstNames.has(input.tokens[c.first]?.text ?? '');
  if (c.type === 'Person' && !given && !honorific(input, c)) out.type = null;
  return out;
}

function withoutTagged(c: Candidate): Candidate {
  if (c.tagged !== 'Person') return c;
  const out: Candidate = { ...c };
  delete out.tagged;
  return out;
}

function honorific(input: NonPersonInput, c: Candidate): boolean {
  return input.lexicon.honorifics.has(input.tokens[c.first - 1]?.text ?? '');
}

/**
 * "Mr Tampere", "Tampere, 54, said": an honorific, the rules' person of one word (read from
 * stronger cues than a speech verb or the tagger), or a lone word a speech verb is next to ("critics
 * say Tampere imprisoned them"): a person, though a town has the name. A town's name of two words
 * that a given name opens ("San Antonio") is the town: it is listed whole.
 */
function personDespiteTown(input: NonPersonInput, c: Candidate): boolean {
  if (honorific(input, c) || (c.speaker === true && c.last - c.first === 1)) return true;
  return c.type === 'Person' && c.kind !== 'name';
}

/** "in Carlow, officials said", "Carlow is a port": a listed town's name is a place, not a person. */
function town(c: Candidate): Candidate {
  return { ...bare(c), place: true };
}
