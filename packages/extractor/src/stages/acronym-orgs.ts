import { personSlots } from '../lexicon/person-slots.js';
import type { Candidate } from './candidate.js';
import { readCandidate, type SlotInput } from './slot-reading.js';
import { withProps } from '../with-props.js';

/** The tagger's least margin for its organization reading of an acronym no rule defines. */
const ACRONYM_MARGIN = 400;
/** Letters of an acronym: "FA" to "NASCAR"; longer runs of capitals are shouting, not names. */
const ACRONYM = /^\p{Lu}{2,6}$/u;

/**
 * "blamed the NRA", "the SEC had said": an acronym that neither the lexicon nor a definition in
 * parentheses explains, which the tagger reads as an organization with a margin in its sentence.
 * The tagger's proposals leave acronyms to the rules; in a text without the definition (a single
 * sentence, a short item) no rule has one, and the tagger's reading is the only evidence. Titles
 * written as capitals ("the CEO", "the MP"), acronyms of no body ("TV", "UTC") and those a longer
 * name in the text spells out stay untyped, and so do acronyms in brackets (the rules read those).
 */
export function hintAcronymOrgs(input: SlotInput): Candidate[] {
  return input.candidates.map((c) =>
    acronymOrg(input, c) ? withProps(c, { tagged: 'Organization' as const }) : c,
  );
}

function acronymOrg(input: SlotInput, c: Candidate): boolean {
  if (c.type !== null || c.reference !== undefined || c.tagged !== undefined) return false;
  if (c.last - c.first !== 1 || c.caseless === true) return false;
  const t = input.tokens[c.first];
  if (t === undefined || !t.upper || !ACRONYM.test(t.text)) return false;
  if (input.lexicon.titles.longest([t], 0, 1)?.end === 1) return false;
  // "the gene (ABX)": in brackets it abbreviates what comes before, which the rules read.
  if (input.tokens[c.first - 1]?.text === '(') return false;
  if (personSlots().notNames.has(t.text.toLowerCase()) || spelledOut(input, t.text)) return false;
  const reading = readCandidate(input, c)?.[0];
  return reading !== undefined && reading.tag === 'B-ORG' && reading.margin >= ACRONYM_MARGIN;
}

/**
 * "the European Central Bank … the ECB": a name in the text whose capitalised words' initials
 * spell the acronym. Resolution may join the two; a hint of its own would make a second entity.
 */
function spelledOut(input: SlotInput, acronym: string): boolean {
  return input.candidates.some((o) => {
    if (o.last - o.first < 2) return false;
    let initials = '';
    for (let i = o.first; i < o.last; i++) {
      const w = input.tokens[i];
      if (w?.cap === true) initials += w.text.charAt(0);
    }
    return initials === acronym;
  });
}
