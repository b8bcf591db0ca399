import type { Token } from '../text/tokenize.js';
import type { Mention } from '../types.js';
import { firstTokenOf, speakerAt, speakerEntity } from './speaker-lookup.js';
import type { Attribution, SpeakerLookup } from './speaker-types.js';

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
