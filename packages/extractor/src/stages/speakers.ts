import type { Token } from '../text/tokenize.js';
import type { Mention } from '../types.js';
import { attributeTo, firstTokenOf, isVerb, speakerAt, speakerEntity } from './speaker-lookup.js';
import type { Attribution, SpeakerLookup } from './speaker-types.js';

/** The subject of the speech verb at `verb`: "Okafor said", "Lindqvist, however, said", "He said". */
export function subjectBefore(look: SpeakerLookup, verb: number, sentence: number): Attribution {
  const found = walkToSubject(look, verb, sentence);
  const v = look.tokens[verb];
  // "Lena Marsh denied it, saying": a participle after a comma shares the clause's subject,
  // also after a quote that ends with the comma (`mocked the "expert," saying`).
  const before = look.tokens[verb - 1]?.text ?? '';
  const comma =
    before === ','
      ? verb - 1
      : /^["”]$/.test(before) && look.tokens[verb - 2]?.text === ','
        ? verb - 2
        : -1;
  if (v?.text.endsWith('ing') !== true || comma < 0) return found;
  // The walk's last name before a comma may sit in a relative clause ("Turkey, which borders
  // Syria, refused, calling"); the subject of the main clause is the participle's.
  const main =
    speechBefore(look, comma, sentence) ??
    clauseSubject(look, comma, sentence) ??
    pronounSubject(look, comma, sentence);
  return main ?? actorSubject(look, comma, sentence) ?? found;
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
    // "Gov. Ana Ruiz (D-Ore.), said": a parenthesis after the name, and a comma after that.
    if (t.text === ')' || (t.text === ',' && look.tokens[j - 1]?.text === ')')) {
      const open = parenthesisOpen(look, t.text === ')' ? j : j - 1, first);
      if (open < 0) break;
      j = open - 1;
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
      const c = commaBefore(look, j, first);
      if (c < first) break;
      const appositive = appositivePerson(look, c + 1, j);
      if (appositive !== undefined) return { ...appositive, end: v?.end ?? appositive.end };
      if (introductory(look, first, c)) break;
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
    if (stepsOver(look, j, verb)) {
      j -= 2;
      continue;
    }
    // "Lamin Sarr welcomed the deal but said": a second verb of the sentence's subject.
    if (t.text === 'but' || t.text === 'and')
      return clauseSubject(look, j, sentence) ?? pronounSubject(look, j, sentence) ?? unnamed(v);
    // "Ana Ruiz, who tweeted": the relative pronoun stands for the name before it.
    if (t.text === 'who') {
      const named = speakerAt(
        look,
        look.tokens[j - 1]?.text === ',' ? j - 2 : j - 1,
        sentence,
        true,
      );
      if (named?.speakerId != null) return { ...named, end: v?.end ?? named.end };
    }
    break;
  }
  return unnamed(v);
}

/** Index of the last comma before `at` and at or after `first`, or `first - 1`. */
function commaBefore(look: SpeakerLookup, at: number, first: number): number {
  let c = at - 1;
  while (c >= first && look.tokens[c]?.text !== ',') c--;
  return c;
}

/**
 * `In response to the plan to close Germany's borders, her aide said`: the words before the
 * sentence's first comma, opened by a preposition, introduce it; the subject is not among them.
 */
function introductory(look: SpeakerLookup, first: number, comma: number): boolean {
  let start = first;
  for (let k = comma - 1; k > first && start === first; k--) {
    const t = look.tokens[k];
    if (t?.text === ',') return false;
    // A dateline's dash ("WASHINGTON (AP) — In response to ...") opens the sentence proper.
    if (t !== undefined && /^[—–-]+$/.test(t.text) && /\s/.test(look.text[t.start - 1] ?? ''))
      start = k + 1;
  }
  const opener = look.tokens[start]?.text.toLowerCase() ?? '';
  if (!look.reference.words.nameStops.has(opener)) return false;
  for (let k = start; k < comma; k++) if (look.tokens[k]?.text === ',') return false;
  return true;
}

/**
 * "Ruiz was quoted as saying" (the subject of the passive is the one quoted), "Ruiz responded by
 * saying" (the participle goes on from the verb before "by"): two words to step over.
 */
function stepsOver(look: SpeakerLookup, j: number, verb: number): boolean {
  const t = look.tokens[j]?.text;
  const v = look.tokens[verb]?.text ?? '';
  if (t === 'as') return v === 'saying' && look.tokens[j - 1]?.text === 'quoted';
  return t === 'by' && v.endsWith('ing') && look.tokens[j - 1]?.word === true;
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
  const end = pastParenthesis(look, firstTokenOf(look, subject.end));
  const prev = look.tokens[at - 1];
  const next = look.tokens[end];
  // "Sen. Ada Lund criticised Ben Roe, saying": a name that opens the sentence, after nothing
  // but capitalised titles, is its subject whoever else is named later.
  // "And then Ana Ruiz went on, saying": a conjunction may open the sentence before its subject.
  const conjunctions = look.reference.words.conjunctions;
  const opens = look.tokens
    .slice(first, at)
    .every((t) => t.word && (t.cap || conjunctions.has(t.text)));
  if (others && !opens) return mainClauseSubject(look, first, before);
  // "State Department spokesman Richard Boyce praised X and said": a titled name is a subject too.
  // The title must come before the name: "Ana Ruiz, the president of X," is an apposition.
  const titled = subject.role !== undefined && subject.role.start < subject.start;
  if (!opens && prev?.text !== ',' && !titled) return undefined;
  if (next === undefined || (next.text !== ',' && (!next.word || next.cap))) return undefined;
  return {
    speakerId: speakerEntity(look, subject.entityId),
    start: subject.start,
    end: look.tokens[before + 1]?.end ?? subject.end,
  };
}

/** How many tokens a party-and-state parenthesis after a name may hold: "(R-Ohio)". */
const PARENTHESIS_REACH = 6;

/** `Sen. Ana Ruiz (D-Ore.) conceded`: the token after a short parenthesis at `at`, else `at`. */
function pastParenthesis(look: SpeakerLookup, at: number): number {
  if (look.tokens[at]?.text !== '(') return at;
  for (let k = at + 1; k <= at + PARENTHESIS_REACH; k++) {
    const text = look.tokens[k]?.text;
    if (text === ')') return k + 1;
    if (text === '(' || text === undefined) return at;
  }
  return at;
}

const APPOSITION_JOINERS = new Set(['the', 'of', 'in', 'at', 'and', 'for']);

/** Index of the "(" that the ")" at `close` closes, or -1 when there is none in the sentence. */
function parenthesisOpen(look: SpeakerLookup, close: number, first: number): number {
  for (let k = close - 1; k >= first; k--) {
    const text = look.tokens[k]?.text;
    if (text === '(') return k;
    if (text === ')' || text === '"' || text === '“') return -1;
  }
  return -1;
}

/**
 * `The head of the panel, Ambassador Ana Ruiz of Peru, warned`: an apposition between commas
 * that is a person's name, after titles and before "of" or "from" and a place or body.
 */
function appositivePerson(look: SpeakerLookup, from: number, to: number): Attribution | undefined {
  let k = from;
  while (k < to && !look.startingAt.has(k) && look.tokens[k]?.cap === true) k++;
  const m = look.startingAt.get(k);
  if (m === undefined || look.quoted(m.start) || look.entities.get(m.entityId)?.type !== 'Person')
    return undefined;
  const after = firstTokenOf(look, m.end);
  const next = look.tokens[after]?.text;
  if (after < to && next !== 'of' && next !== 'from') return undefined;
  // "of Liberty Church in Marion": names and the small words that join them.
  for (let x = after + 1; x < to; x++)
    if (look.tokens[x]?.cap !== true && !APPOSITION_JOINERS.has(look.tokens[x]?.text ?? ''))
      return undefined;
  return attributeTo(look, m);
}

/** `Ruiz said, adding:`, `said Ruiz, adding`: a participle goes on from the speech just named. */
function speechBefore(
  look: SpeakerLookup,
  comma: number,
  sentence: number,
): Attribution | undefined {
  if (isVerb(look, comma - 1)) {
    const found = subjectBefore(look, comma - 1, sentence);
    return found.speakerId === null ? undefined : found;
  }
  const m = look.endingAt.get(comma - 1);
  const verb = m === undefined ? -1 : firstTokenOf(look, m.start) - 1;
  if (m === undefined || look.quoted(m.start) || !isVerb(look, verb)) return undefined;
  // Inverted only after a quote or a comma: in `Ruiz criticised Berg, saying` Berg is the object.
  if (!/^[,"”'’]$/.test(look.tokens[verb - 1]?.text ?? '')) return undefined;
  return attributeTo(look, m);
}

/**
 * `Years ago, he backed Ruiz and said`, `He issued a statement, saying`: a subject pronoun that
 * opens the sentence or its main clause, when no name stands as the subject.
 */
function pronounSubject(
  look: SpeakerLookup,
  before: number,
  sentence: number,
): Attribution | undefined {
  const [first] = look.sentenceTokens[sentence] ?? [0, 0];
  const conjunctions = look.reference.words.conjunctions;
  for (let k = first; k < before; k++) {
    const t = look.tokens[k];
    if (t === undefined || look.reference.kindOf(t) === undefined || look.quoted(t.start)) continue;
    const prev = look.tokens[k - 1];
    const next = look.tokens[k + 1];
    const opens =
      k === first || prev?.text === ',' || conjunctions.has(prev?.text.toLowerCase() ?? '');
    if (!opens || next === undefined || !next.word || next.cap) return undefined;
    const found = speakerAt(look, k, sentence, true);
    return found?.speakerId == null ? undefined : found;
  }
  return undefined;
}

/**
 * `Asked whether Mr. Roe would run, Mrs. Ruiz shook her head and said`: among several people, the
 * last one named right after a comma and before a lower-case word (a verb) is the main subject.
 */
function mainClauseSubject(
  look: SpeakerLookup,
  first: number,
  before: number,
): Attribution | undefined {
  for (let k = before - 1; k > first; k--) {
    const m = look.startingAt.get(k);
    if (m === undefined || look.quoted(m.start) || look.entities.get(m.entityId)?.type !== 'Person')
      continue;
    let p = k - 1;
    while (p > first && look.tokens[p]?.cap === true && !look.endingAt.has(p)) p--;
    const next = look.tokens[firstTokenOf(look, m.end)];
    if (look.tokens[p]?.text !== ',' || next === undefined || !next.word || next.cap)
      return undefined;
    const speakerId = speakerEntity(look, m.entityId);
    return speakerId === null
      ? undefined
      : { speakerId, start: m.start, end: look.tokens[before + 1]?.end ?? m.end };
  }
  return undefined;
}

/**
 * `..., but Turkey, which borders Syria, had refused, calling`: the last actor that opens a
 * clause (the sentence, or a clause after a comma and a conjunction) and is followed by its verb
 * or by a relative clause.
 */
function actorSubject(
  look: SpeakerLookup,
  before: number,
  sentence: number,
): Attribution | undefined {
  const [first] = look.sentenceTokens[sentence] ?? [0, 0];
  const conjunctions = look.reference.words.conjunctions;
  let out: Attribution | undefined;
  for (let k = first; k < before; k++) {
    const m = look.startingAt.get(k);
    if (m === undefined || look.quoted(m.start)) continue;
    const prev = look.tokens[k - 1];
    const opens =
      k === first ||
      (conjunctions.has(prev?.text.toLowerCase() ?? '') &&
        (k - 1 === first || look.tokens[k - 2]?.text === ','));
    const end = firstTokenOf(look, m.end);
    const next = look.tokens[end];
    const relative = next?.text === ',' && /^(which|who)$/.test(look.tokens[end + 1]?.text ?? '');
    const verb = next !== undefined && next.word && !next.cap;
    const speakerId = speakerEntity(look, m.entityId);
    if (opens && (relative || verb) && speakerId !== null)
      out = { speakerId, start: m.start, end: look.tokens[before + 1]?.end ?? m.end };
  }
  return out;
}
