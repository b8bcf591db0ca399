import { firstTokenOf } from './speaker-entity.js';
import { documentAntecedent } from './document-speaker.js';
import { earlierDescription } from './speaker-described-earlier.js';
import { repeatsIndefinite } from './speaker-indefinite.js';
import { bodyOfKind, isKind, kindOfDescription, possessedBody } from './speaker-kind-body.js';
import type { Token } from '../text/tokenize.js';
import type { SpeakerLookup } from './speaker-types.js';

/** A speaker found through a description: the entity it refers to and the words that say so. */
export interface Described {
  id: string | null;
  start: number;
  end: number;
  /**
   * The noun that refers to the entity itself ("leader" in "the Russian leader", the age in "the
   * 45-year-old"); absent where the words name something the entity owns or wrote ("a Crowdpac
   * spokesman", "the statement").
   */
  head?: { start: number; end: number };
}

/** How many modifiers may stand between "the" and the head: "the billionaire business mogul". */
const MAX_MODIFIERS = 3;

function possessor(look: SpeakerLookup, head: number): number {
  const before = look.tokens[head - 1]?.text;
  return before === "'s" || before === '’s' ? head - 2 : head - 1;
}

/** "a spokesman for the World Bank": the body named after "for", past "the". */
function ownerAfter(look: SpeakerLookup, head: number): Described | undefined {
  if (look.tokens[head + 1]?.text !== 'for') return undefined;
  const at = look.tokens[head + 2]?.text.toLowerCase() === 'the' ? head + 3 : head + 2;
  const owner = look.startingAt.get(at);
  // "a spokesman for Mara Lind" speaks for a person's campaign or office, not as the person.
  if (owner === undefined || look.quoted(owner.start) || owner.type === 'Person') return undefined;
  return { id: owner.entityId, start: look.tokens[head]?.start ?? owner.start, end: owner.end };
}

/** "a Crowdpac spokesman", "Intel's spokeswoman", "the Kremlin statement": the body speaks. */
function spokesOwner(look: SpeakerLookup, head: number, sentence: number): Described | undefined {
  const named = ownerAfter(look, head);
  if (named !== undefined) return named;
  const owner = look.endingAt.get(possessor(look, head));
  if (owner !== undefined && !look.quoted(owner.start))
    return { id: owner.entityId, start: owner.start, end: look.tokens[head]?.end ?? owner.end };
  // "The ministry defended it. A spokesman said": the body the text was just about, also past
  // lower-case modifiers ("a company spokesman").
  let at = head - 1;
  while (at > head - 3 && look.tokens[at]?.word === true && look.tokens[at]?.cap === false) {
    if (/^(a|the)$/i.test(look.tokens[at]?.text ?? '')) break;
    at--;
  }
  const article = look.tokens[at]?.text.toLowerCase();
  if (article !== 'a' && article !== 'the') return undefined;
  const body = look.reference.resolve(at, sentence, 'organization');
  // "Rent went to the Hartwell Club. ... the statement said": only a body the text is about.
  if (body === undefined || !isTopic(look, body, sentence)) return undefined;
  return { id: body, start: look.tokens[at]?.start ?? 0, end: look.tokens[head]?.end ?? 0 };
}

/** Tokens of an age written as one word, "45-year-old": the number, a hyphen, "year", a hyphen, "old". */
const AGE_TOKENS = 5;

/** Whether the tokens ending at `head` spell an age such as "45-year-old". */
function isAge(look: SpeakerLookup, head: number): boolean {
  const first = look.tokens[head - AGE_TOKENS + 1];
  const last = look.tokens[head];
  if (first === undefined || last === undefined) return false;
  return /^\d{1,3}-years?-old$/.test(look.text.slice(first.start, last.end));
}

/**
 * Whether `id` is whom the text is about at `sentence`: the actor that opens the nearest sentence
 * opened by an actor, up to a few back. "The Hartwell Club was paid. Ruiz's campaign replied.
 * ... the statement said": the campaign opens the nearer sentence, so not the club.
 */
function isTopic(look: SpeakerLookup, id: string, sentence: number): boolean {
  for (let s = sentence; s >= Math.max(0, sentence - SUBJECT_SENTENCES_BACK); s--) {
    let [at] = look.sentenceTokens[s] ?? [0, 0];
    // "But the ministry defended it": past a conjunction and "the".
    if (look.reference.words.conjunctions.has(look.tokens[at]?.text.toLowerCase() ?? '')) at++;
    if (look.tokens[at]?.text.toLowerCase() === 'the') at++;
    const m = look.startingAt.get(at);
    if (m !== undefined && !look.quoted(m.start)) return m.entityId === id;
  }
  return false;
}

/** "the 45-year-old told reporters": an age stands for the person the text is about. */
function aged(look: SpeakerLookup, head: number, sentence: number): Described | undefined {
  if (!isAge(look, head)) return undefined;
  const article = look.tokens[head - AGE_TOKENS];
  if (article?.text.toLowerCase() !== 'the') return undefined;
  const id = look.reference.resolve(head - AGE_TOKENS, sentence, 'person');
  const end = look.tokens[head]?.end ?? article.end;
  const first = look.tokens[head - AGE_TOKENS + 1]?.start ?? article.end;
  return { id: id ?? null, start: article.start, end, head: { start: first, end } };
}

/**
 * `Greenpeace ... "...," the group said`: "the" and a noun for an organization refer back to the
 * organization named last, unless the noun came with "a" before ("a group of farmers").
 */
function organizationBefore(
  look: SpeakerLookup,
  noun: string,
  the: number,
  sentence: number,
): string | undefined {
  if (!look.reference.words.organizationNouns.has(noun)) return undefined;
  if (repeatsIndefinite(look, noun, the, sentence)) return undefined;
  const id = look.reference.resolve(the, sentence, 'organization');
  if (id === undefined || look.entities.get(id)?.type !== 'Organization') return undefined;
  return opensSentenceBefore(look, id, sentence) ? id : undefined;
}

/** How many sentences back the organization "the company" means must have opened one. */
const SUBJECT_SENTENCES_BACK = 3;

/**
 * Whether `id` opens one of the few sentences up to `sentence` (after "The" at most), as the
 * subject the text is about does: "Greenpeace, which has campaigned ..., was not convinced".
 */
function opensSentenceBefore(look: SpeakerLookup, id: string, sentence: number): boolean {
  for (let s = sentence; s >= Math.max(0, sentence - SUBJECT_SENTENCES_BACK); s--) {
    const [first] = look.sentenceTokens[s] ?? [0, 0];
    const at = look.tokens[first]?.text.toLowerCase() === 'the' ? first + 1 : first;
    const m = look.startingAt.get(at);
    if (m !== undefined && m.entityId === id && !look.quoted(m.start)) return true;
  }
  return false;
}

/**
 * What the capitalised words between token `from` and `to` name: an organization ("the Greenpeace
 * group" is Greenpeace), nothing but states ("the German group": undefined), or a body the text
 * has not identified ("the Save Our Coast group": null).
 */
function modifierName(look: SpeakerLookup, from: number, to: number): string | null | undefined {
  let body: string | undefined;
  for (let k = from; k < to; k++) {
    if (look.tokens[k]?.cap !== true) continue;
    const mention = look.startingAt.get(k);
    if (mention === undefined || mention.end > (look.tokens[to - 1]?.end ?? 0)) return null;
    if (mention.type === 'Organization') body = mention.entityId;
    else if (mention.kind !== 'demonym' && mention.type !== 'State') return null;
    k = firstTokenOf(look, mention.end) - 1;
  }
  return body;
}

/** "the candidate", "the Wisconsin Republican": back to someone already named, or no one. */
function definite(look: SpeakerLookup, head: number, sentence: number): Described | undefined {
  const token = look.tokens[head];
  const kind = look.reference.words.referringNouns.get(token?.text.toLowerCase() ?? '');
  if (token === undefined) return undefined;
  let the = head - 1;
  while (the >= head - 1 - MAX_MODIFIERS && look.tokens[the]?.word === true) {
    if (look.tokens[the]?.text.toLowerCase() === 'the') break;
    the--;
  }
  const article = look.tokens[the];
  if (article?.text.toLowerCase() !== 'the') return undefined;
  const noun = token.text.toLowerCase();
  // Only a noun that can refer to a person is looked for ("the candidate", not "the ... and").
  const earlier = kind === undefined ? undefined : earlierDescription(look, noun, the, sentence);
  // "the president" with nothing between: not the president of a body named before.
  const holder =
    (earlier !== undefined && 'person' in earlier ? earlier.person : undefined) ??
    look.reference.titleHolder(noun, article.start, sentence, the === head - 1);
  // Not a description of a person at all ("the deal but", "the Kenyan government"), but perhaps
  // of an organization named before ("the agency" after "the Food Safety Agency").
  if (holder === undefined && kind === undefined) {
    const named = modifierName(look, the + 1, head);
    if (named === null) return undefined;
    const owner = look.reference.words.organizationNouns.has(noun) ? named : undefined;
    // "the newspaper", "the Washington Post editorial board": a paper named there or lately,
    // even where another body opened the sentences.
    const bodyKind = kindOfDescription(look, the, head);
    const ofKind =
      bodyKind === undefined
        ? undefined
        : named !== undefined && isKind(look, named, bodyKind)
          ? named
          : bodyOfKind(look, bodyKind, article.start, sentence);
    const body =
      owner ??
      look.reference.organizationHead(noun, article.start, sentence) ??
      (bodyKind === undefined ? organizationBefore(look, noun, the, sentence) : ofKind);
    return body === undefined ? undefined : theNoun(body, article, token);
  }
  const unnamed = holder === undefined && earlier !== undefined && 'unnamed' in earlier;
  const id =
    holder ??
    (kind === undefined || unnamed ? undefined : look.reference.resolve(the, sentence, kind));
  return theNoun(id ?? null, article, token);
}

/** "the ... leader": from the article through the noun, which is the head. */
function theNoun(id: string | null, article: Token, noun: Token): Described {
  return { id, start: article.start, end: noun.end, head: { start: noun.start, end: noun.end } };
}

/**
 * A speaker named by a description rather than a name, with `at` the description's last token
 * (`byEnd`, before a verb) or its first ("said the candidate"). Undefined when the words there
 * are no description; a null id when the description names no one the text has named.
 */
export function describedSpeaker(
  look: SpeakerLookup,
  at: number,
  sentence: number,
  byEnd: boolean,
): Described | undefined {
  let head = at;
  if (!byEnd) {
    const [, last] = look.sentenceTokens[sentence] ?? [0, 0];
    const words = look.reference.words;
    head = -1;
    // "said the 45-year-old": the age is the head.
    if (isAge(look, at + AGE_TOKENS)) return aged(look, at + AGE_TOKENS, sentence);
    for (let k = at; k < Math.min(last, at + MAX_MODIFIERS + 2); k++) {
      const lower = look.tokens[k]?.text.toLowerCase() ?? '';
      if (
        words.spokesNouns.has(lower) ||
        words.referringNouns.has(lower) ||
        words.documentNouns.has(lower)
      ) {
        head = k;
        break;
      }
      if (look.tokens[k]?.word !== true) break;
    }
    if (head < 0) return undefined;
  }
  const lower = look.tokens[head]?.text.toLowerCase() ?? '';
  const document = documentAntecedent(look, head, sentence);
  if (document !== undefined) return document;
  if (look.reference.words.spokesNouns.has(lower)) return spokesOwner(look, head, sentence);
  return aged(look, head, sentence) ?? definite(look, head, sentence) ?? possessedBody(look, head);
}
