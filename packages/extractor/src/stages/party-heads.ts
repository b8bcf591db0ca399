import type { Lexicon } from '../lexicon/lexicon.js';
import { tokenize } from '../text/tokenize.js';
import type { Candidate } from './candidate.js';

/**
 * "a Left party MP", "the Left party": a name before a lower-case "party" whose name with "Party"
 * is a listed party's is that party, and the mention takes in the word "party" as part of its name.
 */
export function linkPartyHeads(
  candidates: readonly Candidate[],
  input: { text: string; lexicon: Lexicon },
): Candidate[] {
  return candidates.map((c) => {
    if (c.type !== 'Organization' || c.entry !== undefined) return c;
    const after = /^\s+party\b/u.exec(input.text.slice(c.end, c.end + 12));
    if (after === null) return c;
    const tokens = tokenize(`${c.text} Party`);
    const match = input.lexicon.phrases.longest(tokens, 0);
    const entry =
      match?.end === tokens.length ? match.values.find((v) => v.orgKind === 'party') : undefined;
    if (entry === undefined) return c;
    const end = c.end + after[0].length;
    const text = input.text.slice(c.start, end).replace(/\s+/g, ' ');
    return {
      ...c,
      end,
      last: c.last + 1,
      text,
      kind: 'alias',
      id: entry.id,
      name: entry.name,
      entry,
    };
  });
}
