import {
  attributeTo,
  firstTokenOf,
  isVerb,
  personAfter,
  speakerAt,
  speakerEntity,
} from './speaker-lookup.js';
import type { Attribution, SpeakerLookup } from './speaker-types.js';
import { subjectBefore } from './speakers.js';

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
  const named =
    m === undefined || look.quoted(m.start)
      ? personAfter(look, verb + 1)
      : { speakerId: speakerEntity(look, m.entityId), start: m.start, end: m.end };
  if (named?.speakerId == null) return undefined;
  const between = look.text.slice(named.end, open);
  if (!/^[\s,:]*$/.test(between)) return undefined;
  return {
    speakerId: named.speakerId,
    start: look.tokens[verb]?.start ?? named.start,
    end: named.end,
  };
}

/** `Ana Ruiz: "..."`: a quote right after a person's name and a colon is that person's. */
export function colonSpeaker(look: SpeakerLookup, openToken: number): Attribution | undefined {
  if (look.tokens[openToken - 1]?.text !== ':') return undefined;
  const m = look.endingAt.get(openToken - 2);
  if (m === undefined || look.quoted(m.start) || look.entities.get(m.entityId)?.type !== 'Person')
    return undefined;
  // In `she told Ana Ruiz: "..."` the name is whom she told: the name must stand on its own, or
  // after nothing but capitalised titles that open the sentence (`Environment Minister Ana Ruiz:`).
  if (!standsAlone(look, firstTokenOf(look, m.start))) return undefined;
  return attributeTo(look, m);
}

/** How many title words may open a sentence before a name and its colon. */
const COLON_TITLE_WORDS = 4;

function standsAlone(look: SpeakerLookup, name: number): boolean {
  for (let k = name - 1; k >= name - 1 - COLON_TITLE_WORDS; k--) {
    const t = look.tokens[k];
    if (t?.word !== true) return true;
    if (!t.cap || look.startingAt.has(k) || look.endingAt.has(k)) return false;
    const sentence = look.sentences.findIndex((s) => s.start === t.start);
    if (sentence >= 0) return true;
  }
  return false;
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

/** A lower-case word after a name that is no preposition, speech verb or adverb: a noun it modifies. */
function modifiesNoun(look: SpeakerLookup, end: number): boolean {
  const next = look.tokens[firstTokenOf(look, end)];
  if (next === undefined || !next.word || next.cap) return false;
  const lower = next.text.toLowerCase();
  const words = look.reference.words;
  return !words.nameStops.has(lower) && !words.between.has(lower) && !look.speechVerbs.has(lower);
}

/** `," a senior government spokesman said`: a spokesperson noun within a few words. */
function spokesNear(look: SpeakerLookup, from: number): boolean {
  for (let k = from; k < from + 3; k++) {
    const t = look.tokens[k];
    if (t?.word !== true) return false;
    if (look.reference.words.spokesNouns.has(t.text.toLowerCase())) return true;
  }
  return false;
}

/** `," said Lena Marsh`, `," said a NATO spokesman`: the speaker after a speech verb at `i`. */
function invertedAfter(
  look: SpeakerLookup,
  i: number,
  last: number,
  sentence: number,
): Attribution | undefined {
  const named = personAfter(look, i + 1);
  if (named !== undefined) return { ...named, start: look.tokens[i]?.start ?? named.start };
  for (let k = i + 1; k < Math.min(last, i + 4); k++) {
    const found = speakerAt(look, k, sentence, false);
    if (found === undefined) continue;
    // `," said the director of the museum, Ana Ruiz`: the name in apposition is the speaker.
    const named = look.startingAt.has(k) ? undefined : appositiveName(look, k, last);
    if (named !== undefined) return { ...named, start: look.tokens[i]?.start ?? named.start };
    // `," said a Republican Party member`: the name modifies the noun that speaks.
    const m = look.startingAt.get(k);
    if (m !== undefined && found.start === m.start && modifiesNoun(look, m.end)) return undefined;
    return { ...found, start: look.tokens[i]?.start ?? found.start };
  }
  return undefined;
}

/** How many tokens a description may take before the comma of its apposition. */
const APPOSITION_REACH = 8;

/**
 * `the director of the city museum, Ana Ruiz`: a person named right after the first comma of the
 * description that starts at `from`, the name closed by punctuation or the sentence's end.
 */
function appositiveName(look: SpeakerLookup, from: number, last: number): Attribution | undefined {
  for (let k = from + 1; k < Math.min(last, from + APPOSITION_REACH); k++) {
    const t = look.tokens[k];
    if (t === undefined || look.quoted(t.start) || /^["“”]$/.test(t.text)) return undefined;
    if (t.text !== ',') continue;
    return apposedPerson(
      look,
      k,
      (next) => next >= last || /^[,.;:]$/.test(look.tokens[next]?.text ?? ''),
    );
  }
  return undefined;
}

/** Words an indefinite speaker may take before its verb: `a Democratic aide in the room wondered`. */
const INDEFINITE_REACH = 8;

/** `," a staffer in the room wondered`: a speech verb after a few plain words. */
function verbNear(look: SpeakerLookup, from: number): boolean {
  for (let k = from; k < from + INDEFINITE_REACH; k++) {
    if (isVerb(look, k)) return true;
    if (look.tokens[k]?.word !== true) return false;
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
      ((lower === 'a' || lower === 'an') &&
        (look.startingAt.has(i + 1) || spokesNear(look, i + 1) || verbNear(look, i + 1))) ||
      titledName(look, i));
  // `"very moved" by the announcement`: the sentence goes on; no attribution here.
  if (!opensAttribution) return undefined;
  if (isVerb(look, i)) return invertedAfter(look, i, last, sentence);
  if (look.tokens[i]?.text.toLowerCase() === 'according' && look.tokens[i + 1]?.text === 'to') {
    // "according to the Washington Post": past "the" to the name it opens.
    const the = look.tokens[i + 2]?.text.toLowerCase() === 'the' && look.startingAt.has(i + 3);
    return speakerAt(look, the ? i + 3 : i + 2, sentence, false) ?? personAfter(look, i + 2);
  }
  let person: Attribution | undefined;
  let possessed = false;
  for (let k = i; k < Math.min(last, i + 30); k++) {
    const t = look.tokens[k];
    if (t === undefined || /["“”]/.test(t.text)) return undefined;
    // `," Ruiz's chief of staff, Ana Ortiz, told`: the name in apposition speaks, not Ruiz.
    if (possessed && t.text === ',')
      person = apposedPerson(look, k, (next) => look.tokens[next]?.text === ',') ?? person;
    possessed = person !== undefined && (possessed || t.poss) && t.text !== ',';
    if (isVerb(look, k)) {
      if (person !== undefined) return { ...person, end: t.end };
      if (k === i) return undefined;
      const subject = subjectBefore(look, k, sentence);
      // `," the editorial board writes`: an attribution to someone unnamed is still one, when the
      // verb follows the closing mark closely enough to be the quote's.
      // `," a Democratic aide in the room wondered`: an indefinite speaker is someone unnamed.
      const indefinite = lower === 'a' || lower === 'an';
      return subject.speakerId !== null || k - i <= UNNAMED_REACH || indefinite
        ? subject
        : undefined;
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

/** A person named right after the comma at `comma`, where the token after the name `closes` it. */
function apposedPerson(
  look: SpeakerLookup,
  comma: number,
  closes: (next: number) => boolean,
): Attribution | undefined {
  const m = look.startingAt.get(comma + 1);
  if (m === undefined || look.entities.get(m.entityId)?.type !== 'Person') return undefined;
  return closes(firstTokenOf(look, m.end)) ? attributeTo(look, m) : undefined;
}

/** How many words (titles, descriptions) may stand between "as" and the name in "as X put it". */
const AS_REACH = 6;

/**
 * `As Ana Ruiz put it, "..."`, `as the ministry put it`: "put it" after "as" and a speaker
 * attributes the words that follow as a speech verb would.
 */
export function asPutIt(
  look: SpeakerLookup,
  verb: number,
  sentence: number,
): Attribution | undefined {
  const t = look.tokens[verb];
  if (t?.text !== 'put' || look.tokens[verb + 1]?.text !== 'it' || look.quoted(t.start))
    return undefined;
  const found = subjectBefore(look, verb, sentence);
  if (found.speakerId === null) return undefined;
  const [first] = look.sentenceTokens[sentence] ?? [0, 0];
  const named = firstTokenOf(look, found.start);
  for (let k = named - 1; k >= Math.max(first, named - 1 - AS_REACH); k--) {
    const word = look.tokens[k];
    if (word?.text.toLowerCase() === 'as') return found;
    if (word?.word !== true && word?.text !== '-') return undefined;
  }
  return undefined;
}
