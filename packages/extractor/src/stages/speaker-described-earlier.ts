import type { SpeakerLookup } from './speaker-types.js';

/** How many sentences back "the businessman" looks for the words that described someone so. */
const SENTENCES_BACK = 4;

/** How many modifiers may stand between the article and the noun: "a Republican state senator". */
const MAX_MODIFIERS = 3;

/** What an earlier use of a description's noun says about whom "the" and that noun mean. */
export type EarlierDescription =
  /** It described a named person: "Ana Ruiz, a businessman", "Republican nominee Ana Ruiz". */
  | { person: string }
  /** It introduced someone the text never named: "a senior aide said". */
  | { unnamed: true };

/** The Person mention ending at token `at`, outside quotes. */
function personEndingAt(look: SpeakerLookup, at: number): string | undefined {
  const m = look.endingAt.get(at);
  if (m === undefined || look.quoted(m.start)) return undefined;
  return look.entities.get(m.entityId)?.type === 'Person' ? m.entityId : undefined;
}

/**
 * "Republican nominee Ana Ruiz", "businessman Sen. Ana Ruiz": the name right after the noun, a
 * lower-case one; a capitalised title ("World Bank President Jim Kim") is the title holders' to read.
 */
function namedAfter(look: SpeakerLookup, noun: number): string | undefined {
  if (look.tokens[noun]?.cap !== false) return undefined;
  for (let k = noun + 1; k <= noun + 2; k++) {
    const m = look.startingAt.get(k);
    if (m !== undefined) {
      const person = look.entities.get(m.entityId)?.type === 'Person';
      return person && !look.quoted(m.start) ? m.entityId : undefined;
    }
    if (look.tokens[k]?.cap !== true) return undefined;
  }
  return undefined;
}

/** Whether the noun at `k` ends its phrase: punctuation or a preposition follows ("a lawyer from Ohio,"). */
function endsPhrase(look: SpeakerLookup, k: number): boolean {
  const next = look.tokens[k + 1];
  if (next === undefined || !next.word) return next?.text !== '-';
  return look.reference.words.nameStops.has(next.text.toLowerCase());
}

/** What the use of the noun at token `k` says; undefined when it says nothing either way. */
function useAt(look: SpeakerLookup, k: number): EarlierDescription | undefined {
  const named = namedAfter(look, k);
  if (named !== undefined) return { person: named };
  for (let a = k - 1; a >= k - 1 - MAX_MODIFIERS; a--) {
    const word = look.tokens[a];
    if (word?.word !== true) return undefined;
    const lower = word.text.toLowerCase();
    const indefinite = look.reference.words.indefinites.has(lower);
    if (!indefinite && lower !== 'the') continue;
    // "Ana Ruiz, a businessman from Ohio,": an apposition describes the name before its comma.
    const person =
      look.tokens[a - 1]?.text === ',' && endsPhrase(look, k)
        ? personEndingAt(look, a - 2)
        : undefined;
    if (person !== undefined) return { person };
    return indefinite ? { unnamed: true } : undefined;
  }
  return undefined;
}

/**
 * `Ana Ruiz, a businessman from Ohio, ... "...," the businessman said`: the last earlier use of
 * `noun` before token `before`, in its sentence or a few before, described a named person (in an
 * apposition or as the words right before the name), or introduced someone unnamed ("a senior
 * aide"). Undefined when no earlier use says either.
 */
export function earlierDescription(
  look: SpeakerLookup,
  noun: string,
  before: number,
  sentence: number,
): EarlierDescription | undefined {
  const [from] = look.sentenceTokens[Math.max(0, sentence - SENTENCES_BACK)] ?? [0, 0];
  for (let k = before - 1; k >= from; k--) {
    const t = look.tokens[k];
    if (t?.text.toLowerCase() !== noun || look.quoted(t.start)) continue;
    const use = useAt(look, k);
    if (use !== undefined) return use;
  }
  return undefined;
}
