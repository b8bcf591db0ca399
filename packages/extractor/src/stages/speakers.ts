import type { Entity } from '@newsgraph/graph-schema';
import type { Token } from '../text/tokenize.js';
import type { Mention, Sentence } from '../types.js';
import { describedSpeaker } from './described-speaker.js';
import type { SpeakerReference } from './speaker-reference.js';

export interface SpeakerLookup {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  sentenceTokens: ReadonlyArray<readonly [number, number]>;
  speechVerbs: ReadonlySet<string>;
  entities: ReadonlyMap<string, Entity>;
  /** Mentions by the index of their last token. */
  endingAt: ReadonlyMap<number, Mention>;
  /** Mentions by the index of their first token. */
  startingAt: ReadonlyMap<number, Mention>;
  /** Character ranges inside quotation marks. */
  quoted: (at: number) => boolean;
  /** What pronouns refer to. */
  reference: SpeakerReference;
}

/** A found speaker: an entity id, or null when the speaker is someone unnamed ("an official said"). */
export interface Attribution {
  speakerId: string | null;
  start: number;
  end: number;
}

/** The state a government body speaks for; other speakers as they are. */
export function speakerEntity(look: SpeakerLookup, id: string): string | null {
  const entity = look.entities.get(id);
  if (entity === undefined) return null;
  if (entity.type === 'Organization' && typeof entity.attributes?.['state'] === 'string')
    return entity.attributes['state'];
  return entity.type === 'Person' || entity.type === 'Organization' || entity.type === 'State'
    ? id
    : null;
}

export function isVerb(look: SpeakerLookup, i: number): boolean {
  const t = look.tokens[i];
  // Not capitalised, so almost always lower case already: look up the text as it is first.
  return (
    t !== undefined &&
    !t.cap &&
    t.word &&
    (look.speechVerbs.has(t.text) || look.speechVerbs.has(t.text.toLowerCase())) &&
    !look.quoted(t.start)
  );
}

/** Index of the token starting at character `at`. */
function firstTokenOf(look: SpeakerLookup, at: number): number {
  let lo = 0;
  let hi = look.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((look.tokens[mid]?.start ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function speakerAt(
  look: SpeakerLookup,
  i: number,
  sentence: number,
  byEnd: boolean,
): Attribution | undefined {
  const t = look.tokens[i];
  if (t === undefined) return undefined;
  const kind = look.reference.kindOf(t);
  if (kind !== undefined) {
    const id = look.reference.resolve(i, sentence, kind);
    return {
      speakerId: id === undefined ? null : speakerEntity(look, id),
      start: t.start,
      end: t.end,
    };
  }
  const m = (byEnd ? look.endingAt : look.startingAt).get(i);
  if (m === undefined && !look.quoted(t.start)) {
    const described = describedSpeaker(look, i, sentence, byEnd);
    if (described === undefined) return undefined;
    const speakerId = described.id === null ? null : speakerEntity(look, described.id);
    return { speakerId, start: described.start, end: described.end };
  }
  if (m === undefined || look.quoted(m.start)) return undefined;
  return { speakerId: speakerEntity(look, m.entityId), start: m.start, end: m.end };
}

/** The subject of the speech verb at `verb`: "Okafor said", "Lindqvist, however, said", "He said". */
export function subjectBefore(look: SpeakerLookup, verb: number, sentence: number): Attribution {
  const found = walkToSubject(look, verb, sentence);
  const v = look.tokens[verb];
  // "Lena Marsh denied it, saying": a participle after a comma shares the clause's subject.
  if (
    found.speakerId === null &&
    v?.text.endsWith('ing') === true &&
    look.tokens[verb - 1]?.text === ','
  )
    return clauseSubject(look, verb - 1, sentence) ?? found;
  return found;
}

function walkToSubject(look: SpeakerLookup, verb: number, sentence: number): Attribution {
  const [first] = look.sentenceTokens[sentence] ?? [0, 0];
  const v = look.tokens[verb];
  let j = verb - 1;
  while (j >= first) {
    const t = look.tokens[j];
    if (t === undefined) break;
    if (look.reference.words.between.has(t.text.toLowerCase())) {
      j--;
      continue;
    }
    if (t.text === ',') {
      // "Its chief executive, Iain Ross, said": the name closes the apposition.
      const closing = look.endingAt.get(j - 1);
      const opener =
        closing === undefined ? undefined : look.tokens[firstTokenOf(look, closing.start) - 1];
      if (closing !== undefined && opener?.text === ',') {
        const found = speakerAt(look, j - 1, sentence, true);
        if (found?.speakerId != null) return { ...found, end: v?.end ?? found.end };
      }
      let c = j - 1;
      while (c >= first && look.tokens[c]?.text !== ',') c--;
      if (c < first) break;
      j = c - 1;
      const found = speakerAt(look, j, sentence, true);
      if (found !== undefined) return { ...found, end: v?.end ?? found.end };
      continue;
    }
    const found = speakerAt(look, j, sentence, true) ?? governmentOf(look, j, sentence);
    if (found !== undefined) return { ...found, end: v?.end ?? found.end };
    // "quoted Vice Minister Ri Sok as saying": the one quoted is the speaker.
    if (t.text === 'as' && look.tokens[verb]?.text === 'saying') {
      const quoted = speakerAt(look, j - 1, sentence, true);
      if (quoted?.speakerId != null) return { ...quoted, end: v?.end ?? quoted.end };
    }
    // "Lamin Sarr welcomed the deal but said": a second verb of the sentence's subject.
    if (t.text === 'but' || t.text === 'and') return clauseSubject(look, j, sentence) ?? unnamed(v);
    break;
  }
  return unnamed(v);
}

/** "the Kenyan government said", "the Singapore government called": the state speaks. */
function governmentOf(look: SpeakerLookup, j: number, sentence: number): Attribution | undefined {
  if (look.tokens[j]?.text !== 'government') return undefined;
  const found = speakerAt(look, j - 1, sentence, true);
  if (found?.speakerId == null || look.entities.get(found.speakerId)?.type !== 'State')
    return undefined;
  return { ...found, end: look.tokens[j]?.end ?? found.end };
}

function unnamed(v: Token | undefined): Attribution {
  return { speakerId: null, start: v?.start ?? 0, end: v?.end ?? 0 };
}

/**
 * The subject of the clause that a coordinated speech verb continues: the only person named
 * before `before`, standing where a subject stands (first in the sentence or after a comma) and
 * followed by a comma or a lower-case word (its verb).
 */
function clauseSubject(
  look: SpeakerLookup,
  before: number,
  sentence: number,
): Attribution | undefined {
  const [first] = look.sentenceTokens[sentence] ?? [0, 0];
  let subject: Mention | undefined;
  let others = false;
  for (let k = first; k < before; k++) {
    const m = look.startingAt.get(k);
    if (m === undefined || look.quoted(m.start) || look.entities.get(m.entityId)?.type !== 'Person')
      continue;
    if (subject === undefined) subject = m;
    else others = true;
  }
  if (subject === undefined) return undefined;
  const at = firstTokenOf(look, subject.start);
  const end = firstTokenOf(look, subject.end);
  const prev = look.tokens[at - 1];
  const next = look.tokens[end];
  // "Sen. Ada Lund criticised Ben Roe, saying": a name that opens the sentence, after nothing
  // but capitalised titles, is its subject whoever else is named later.
  const opens = look.tokens.slice(first, at).every((t) => t.word && t.cap);
  if (others && !opens) return undefined;
  // "State Department spokesman Richard Boyce praised X and said": a titled name is a subject too.
  if (!opens && prev?.text !== ',' && subject.role === undefined) return undefined;
  if (next === undefined || (next.text !== ',' && (!next.word || next.cap))) return undefined;
  return {
    speakerId: speakerEntity(look, subject.entityId),
    start: subject.start,
    end: look.tokens[before + 1]?.end ?? subject.end,
  };
}

/**
 * `"...," said Ana Ruiz, "but ..."`: the speech verb before a quote names its speaker after
 * itself, and the name ends just before the quote.
 */
export function invertedSpeaker(
  look: SpeakerLookup,
  verb: number,
  open: number,
): Attribution | undefined {
  // Only after a quote or a comma: in "Ruiz told BBC News: "..."" the name is whom she told.
  if (!/^[,"”'’]$/.test(look.tokens[verb - 1]?.text ?? '')) return undefined;
  let k = verb + 1;
  // Titles before the name: "said Senator Ana Ruiz".
  while (k < verb + 3 && !look.startingAt.has(k) && look.tokens[k]?.cap === true) k++;
  const m = look.startingAt.get(k);
  if (m === undefined || look.quoted(m.start)) return undefined;
  const between = look.text.slice(m.end, open);
  if (!/^[\s,:]*$/.test(between)) return undefined;
  const speakerId = speakerEntity(look, m.entityId);
  if (speakerId === null) return undefined;
  return { speakerId, start: look.tokens[verb]?.start ?? m.start, end: m.end };
}

/** Tokens between a closing mark and the verb of an unnamed speaker: `," a senior aide said`. */
const UNNAMED_REACH = 4;

/** `," reporter Ana Ruiz asked`: a lower-case title right before a person's name. */
function titledName(look: SpeakerLookup, i: number): boolean {
  for (let k = i + 1; k <= i + 2; k++) {
    const m = look.startingAt.get(k);
    if (m !== undefined) return m.type === 'Person';
    if (look.tokens[k]?.word !== true || look.tokens[k]?.cap === true) return false;
  }
  return false;
}

/** After a closing mark: `," Okafor told reporters`, `," said Lena Marsh`, `," he added`. */
export function speakerAfter(
  look: SpeakerLookup,
  from: number,
  sentence: number,
): Attribution | undefined {
  const [, last] = look.sentenceTokens[sentence] ?? [0, 0];
  let i = from;
  while (i < last && !(look.tokens[i]?.word ?? true)) {
    if (/["“”]/.test(look.tokens[i]?.text ?? '')) return undefined;
    i++;
  }
  if (i >= last) return undefined;
  const head = look.tokens[i];
  const lower = head?.text.toLowerCase() ?? '';
  const opensAttribution =
    head !== undefined &&
    (head.cap ||
      look.reference.kindOf(head) !== undefined ||
      lower === 'according' ||
      isVerb(look, i) ||
      lower === 'the' ||
      ((lower === 'a' || lower === 'an') && look.startingAt.has(i + 1)) ||
      titledName(look, i));
  // `"very moved" by the announcement`: the sentence goes on; no attribution here.
  if (!opensAttribution) return undefined;
  if (isVerb(look, i)) {
    for (let k = i + 1; k < Math.min(last, i + 4); k++) {
      const found = speakerAt(look, k, sentence, false);
      if (found !== undefined) return { ...found, start: look.tokens[i]?.start ?? found.start };
    }
    return undefined;
  }
  if (look.tokens[i]?.text.toLowerCase() === 'according' && look.tokens[i + 1]?.text === 'to') {
    return speakerAt(look, i + 2, sentence, false);
  }
  let person: Attribution | undefined;
  for (let k = i; k < Math.min(last, i + 30); k++) {
    const t = look.tokens[k];
    if (t === undefined || /["“”]/.test(t.text)) return undefined;
    if (isVerb(look, k)) {
      if (person !== undefined) return { ...person, end: t.end };
      if (k === i) return undefined;
      const subject = subjectBefore(look, k, sentence);
      // `," the editorial board writes`: an attribution to someone unnamed is still one, when the
      // verb follows the closing mark closely enough to be the quote's.
      return subject.speakerId !== null || k - i <= UNNAMED_REACH ? subject : undefined;
    }
    if (person === undefined) {
      const found = speakerAt(look, k, sentence, false);
      if (
        found !== undefined &&
        (look.reference.kindOf(t) !== undefined ||
          look.entities.get(look.startingAt.get(k)?.entityId ?? '')?.type === 'Person')
      ) {
        person = found;
      }
    }
  }
  return undefined;
}
