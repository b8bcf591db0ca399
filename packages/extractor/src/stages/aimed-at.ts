import { z } from 'zod';
import { parseBundled } from '../lexicon/bundled.js';
import { peopleNames } from '../lexicon/people-names.js';
import { Phrase } from '../lexicon/word-lists.js';
import { lowerAt } from '../text/tokenize.js';
import type { Candidate } from './candidate.js';
import { readCandidate, type SlotInput } from './slot-reading.js';
import aimedJson from './aimed-at.json' with { type: 'json' };
import { withProps } from '../with-props.js';

const AimedSchema = z.object({ phrases: z.array(Phrase).min(1) });

/** The longest run of words an aiming phrase has ("pointed the finger"). */
const MAX_WORDS = 3;
/** The tagger's place margin above which a place it reads there stays a place ("took aim at Paris"). */
const PLACE_SURE = 400;
/** The tagger's organization margin that makes the name a body rather than someone. */
const BODY_SURE = 100;

let cached: ReadonlySet<string> | undefined;

/** The aiming phrases of aimed-at.json, validated once. */
export function aimingPhrases(): ReadonlySet<string> {
  cached ??= new Set(
    parseBundled(AimedSchema, aimedJson, 'stages/aimed-at.json').phrases.map((p) =>
      p.toLowerCase(),
    ),
  );
  return cached;
}

/**
 * "Rindal took aim at Vortel", "lashed out at Vortel", "in a swipe at Vortel": an unknown name
 * after "at" was taken for a place, but these words aim an act at someone or some body, never at
 * a place. A word the list of people's names has is someone unless the tagger is sure of a body
 * (it reads a place after "at" whatever the verb); otherwise the tagger, reading the name in its
 * sentence, says which: a person, an organization, a place only where it is sure. Anything else is no place either and stays an untyped word, a mention
 * only where the article names it elsewhere. Names of two or more words take a type only where
 * the tagger gives each word the same one.
 */
export function hintAimedAt(input: SlotInput): Candidate[] {
  let out: Candidate[] | undefined;
  input.candidates.forEach((c, i) => {
    if (c.place !== true || c.type !== null || c.caseless === true) return;
    if (lowerAt(input.tokens, c.first - 1) !== 'at' || !aimed(input, c.first - 1)) return;
    const hinted = aimedActor(input, c);
    if (hinted === c) return;
    out ??= [...input.candidates];
    out[i] = hinted;
  });
  return out ?? [...input.candidates];
}

/** Whether the words before "at" (token `at`) are an aiming phrase. */
function aimed(input: SlotInput, at: number): boolean {
  const phrases = aimingPhrases();
  let words = '';
  for (let n = 1; n <= MAX_WORDS && at - n >= 0; n++) {
    const t = input.tokens[at - n];
    if (t?.word !== true) return false;
    words = n === 1 ? lowerAt(input.tokens, at - n) : `${lowerAt(input.tokens, at - n)} ${words}`;
    if (phrases.has(words)) return true;
  }
  return false;
}

function aimedActor(input: SlotInput, c: Candidate): Candidate {
  const readings = readCandidate(input, c);
  if (readings === undefined || readings.length === 0) return c;
  const all = (type: string): boolean => readings.every((r) => r.tag.endsWith(type));
  const bare: Candidate = { ...c };
  delete bare.place;
  const person = withProps(bare, { tagged: 'Person' as const });
  const body = all('ORG') && readings.every((r) => r.margin >= BODY_SURE);
  // The tagger reads a place after "at" whatever the verb: a name people bear is someone.
  if (c.last - c.first === 1 && peopleNames().has(c.text) && !body) return person;
  if (all('PER')) return person;
  if (body) return withProps(bare, { tagged: 'Organization' as const });
  if (readings.some((r) => r.tag.endsWith('LOC') && r.margin >= PLACE_SURE)) return c;
  return bare;
}
