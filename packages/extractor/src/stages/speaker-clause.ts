import type { Token } from '../text/tokenize.js';
import { firstTokenOf, speakerAt, speakerEntity } from './speaker-lookup.js';
import { speakerAfter } from './speaker-after.js';
import type { Attribution, SpeakerLookup } from './speaker-types.js';

/** Words a parenthetical attribution may hold after the name: "said Ana Ruiz of Acme in Lyon,". */
const PARENTHETICAL_REACH = 8;

function nameWord(t: Token | undefined): boolean {
  return t !== undefined && (t.word || t.text === '-' || t.text === '&');
}

/** Someone else named between the parenthetical and the quote may be the one quoted. */
function namesBetween(look: SpeakerLookup, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (look.startingAt.has(k)) return true;
  return false;
}

/**
 * `The figures, said Ana Ruiz of Acme in Lyon, were "too weak to matter"`: a speech verb between
 * commas, its speaker right after it, names who is quoted later in the sentence.
 */
export function parentheticalSpeaker(
  look: SpeakerLookup,
  verb: number,
  open: number,
): Attribution | undefined {
  if (look.tokens[verb - 1]?.text !== ',') return undefined;
  let k = verb + 1;
  // Titles before the name: "said Senator Ana Ruiz".
  while (k < verb + 3 && !look.startingAt.has(k) && look.tokens[k]?.cap === true) k++;
  const m = look.startingAt.get(k);
  if (m === undefined || look.quoted(m.start)) return undefined;
  const speakerId = speakerEntity(look, m.entityId);
  if (speakerId === null) return undefined;
  const from = firstTokenOf(look, m.end);
  const to = Math.min(firstTokenOf(look, open), from + PARENTHETICAL_REACH);
  for (let j = from; j < to; j++) {
    const t = look.tokens[j];
    if (t === undefined || look.quoted(t.start)) return undefined;
    if (t.text === ',')
      return j + 1 < to && !namesBetween(look, j + 1, firstTokenOf(look, open))
        ? { speakerId, start: look.tokens[verb]?.start ?? m.start, end: m.end }
        : undefined;
    if (!nameWord(t)) return undefined;
  }
  return undefined;
}

/**
 * `Ana Ruiz had a blunt message for voters: "..."`: a quote after a colon that closes a clause
 * whose subject (a name, a pronoun or a description that opens the sentence) is a speaker, when no
 * speech verb claims the quote. Only plain words may stand between the subject and the colon.
 */
export function colonSubject(
  look: SpeakerLookup,
  openToken: number,
  sentence: number,
): Attribution | undefined {
  const colon = openToken - 1;
  if (look.tokens[colon]?.text !== ':') return undefined;
  const [first] = look.sentenceTokens[sentence] ?? [0, 0];
  let k = first;
  // Titles before the name: "Senator Ana Ruiz had ...".
  while (
    k < colon &&
    !look.startingAt.has(k) &&
    look.reference.kindOf(look.tokens[k]) === undefined &&
    look.tokens[k]?.cap === true
  )
    k++;
  const m = look.startingAt.get(k);
  const subjectEnd = m === undefined ? k + 1 : firstTokenOf(look, m.end);
  const verb = look.tokens[subjectEnd];
  // "Ruiz's office had ...": a possessor is not the subject; the subject needs a verb after it.
  if (verb === undefined || !verb.word || verb.cap || /^['’]/.test(verb.text)) return undefined;
  for (let j = subjectEnd; j < colon; j++) if (!nameWord(look.tokens[j])) return undefined;
  const found = speakerAt(look, k, sentence, false);
  if (found?.speakerId == null) return undefined;
  return {
    speakerId: found.speakerId,
    start: found.start,
    end: look.tokens[colon]?.end ?? found.end,
  };
}

/**
 * `The rebate was "unjustified" and had to go, Ana Ruiz said.`: an attribution after a later
 * comma of the quote's sentence ("Ruiz said", "said Ana Ruiz", "he said", "according to Ruiz")
 * names the speaker of the words quoted before it.
 */
export function trailingAttribution(
  look: SpeakerLookup,
  close: number,
  sentence: number,
): Attribution | undefined {
  const [, last] = look.sentenceTokens[sentence] ?? [0, 0];
  for (let k = firstTokenOf(look, close + 1); k < last; k++) {
    const t = look.tokens[k];
    if (t === undefined || /^["“”]$/.test(t.text)) return undefined;
    if (t.text !== ',' || look.quoted(t.start)) continue;
    const found = speakerAfter(look, k + 1, sentence);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The speaker named at token `at`, past a "the": `by the Arab League`. */
function agentAt(look: SpeakerLookup, at: number): Attribution | undefined {
  const k = look.tokens[at]?.text.toLowerCase() === 'the' ? at + 1 : at;
  const m = look.startingAt.get(k);
  if (m === undefined || look.quoted(m.start)) return undefined;
  const speakerId = speakerEntity(look, m.entityId);
  return speakerId === null ? undefined : { speakerId, start: m.start, end: m.end };
}

/**
 * `The move was described as "historic" by Ana Ruiz`, `The plan, described by Ana Ruiz as "a
 * disaster"`: a passive speech verb gives the quote to its agent, named after "by" right after the
 * verb or right after the quote.
 */
export function passiveAgent(
  look: SpeakerLookup,
  verb: number,
  close: number,
): Attribution | undefined {
  const before = look.tokens[verb - 1]?.text.toLowerCase() ?? '';
  if (!look.reference.words.passiveMarkers.has(before)) return undefined;
  if (look.tokens[verb + 1]?.text === 'by') return agentAt(look, verb + 2);
  const after = close < 0 ? undefined : tokenAfterQuote(look, close);
  if (after !== undefined && look.tokens[after]?.text === 'by') return agentAt(look, after + 1);
  // "Ruiz was accused of "...": with no agent the words are someone unnamed's, not the subject's.
  // Not after a comma, where a past form is as often active ("Ruiz, however, said").
  const v = look.tokens[verb];
  if (before === ',' || v === undefined || v.text.endsWith('ing')) return undefined;
  return { speakerId: null, start: v.start, end: v.end };
}

/** The first word after a closing mark, past further closing marks. */
function tokenAfterQuote(look: SpeakerLookup, close: number): number | undefined {
  let k = firstTokenOf(look, close + 1);
  while (look.tokens[k] !== undefined && look.tokens[k]?.word !== true) {
    if (look.tokens[k]?.text !== '"' && look.tokens[k]?.text !== '”') return undefined;
    k++;
  }
  return k;
}
