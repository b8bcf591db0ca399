import type { PersonSlots } from '../lexicon/person-slots.js';
import type { Token } from '../text/tokenize.js';
import type { Candidate } from './candidate.js';

/**
 * Whether a lone name is the object of a verb or noun of stance: "Ryan has endorsed Rindal",
 * "refused to criticise Rindal", "his support for Rindal", "a vote for Rindal", "the criticism of
 * Rindal", or of "against" ("came out against Rindal"). People fill these slots, but things do as readily ("endorsed Brexit", "support for
 * Airbus"), so the slot is no evidence by itself: the caller takes it only where the tagger reads
 * the word as a person in its sentence, with a margin.
 */
export function objectSlot(
  tokens: readonly Token[],
  c: Candidate,
  slots: PersonSlots,
): 'person' | 'object' | false {
  const t = tokens[c.first];
  if (t === undefined || t.poss || !stanceObject(tokens, c, slots)) return false;
  return forTheirOwn(tokens, c.last, slots) ? 'person' : 'object';
}

/**
 * "attacked Rindal for his views", "praised Rindal for her courage": the reason given is the
 * object's own, and "his" or "her" says the object is someone. "endorsed Rindal for president",
 * "backs Rindal for the nomination": an office only a person runs for.
 */
function forTheirOwn(tokens: readonly Token[], after: number, slots: PersonSlots): boolean {
  if (tokens[after]?.text.toLowerCase() !== 'for') return false;
  const office = tokens[after + 1]?.text.toLowerCase() === 'the' ? after + 2 : after + 1;
  if (slots.offices.has(tokens[office]?.text.toLowerCase() ?? '')) return true;
  for (let i = after + 1; i < after + 5 && tokens[i]?.word === true; i++)
    if (/^(?:his|her|him|he|she)$/i.test(tokens[i]?.text ?? '')) return true;
  return false;
}

function stanceObject(tokens: readonly Token[], c: Candidate, slots: PersonSlots): boolean {
  const next = tokens[c.last];
  // "endorsed Rindal’s bid": the owner's slot says more, and "Rindal’" is no object; "supporting
  // Middle Eastern groups": a longer name.
  if (/^['’]/.test(next?.text ?? '') || next?.cap === true) return false;
  // "attacked Vortexa supporters", "support for Vortexa devices": the name modifies the noun after it.
  const following = next?.word === true ? next.text.toLowerCase() : '';
  if (slots.possessedNouns.has(following) || slots.thingNouns.has(following)) return false;
  const before = tokens[c.first - 1];
  if (before?.word !== true || before.cap) return false;
  const word = before.text.toLowerCase();
  // "came out against Rindal", "campaigned against Rindal": the preposition of opposing.
  if (word === 'against') return true;
  // Not "the Soviet-backed Derg": a compound adjective, not a verb.
  if (slots.stanceVerbs.has(word)) return tokens[c.first - 2]?.text !== '-';
  // "his support for Rindal": the noun, then its preposition.
  const noun = tokens[c.first - 2];
  if (noun?.word !== true || noun.cap) return false;
  return slots.stanceNouns.get(noun.text.toLowerCase()) === word;
}
