import { entityId } from '@newsgraph/graph-schema';
import { peopleNames } from '../lexicon/people-names.js';
import type { Candidate } from './candidate.js';
import type { NonPersonInput } from './non-persons.js';

/**
 * "the Free Voters party", "Bright Horizon movement leaders": a name of two or more words that
 * only its given name made a person ("Free"), before a lower-case noun for a kind of organization,
 * names the organization. A person as a modifier ("the Ana Ruiz movement") is kept where the
 * surname is a listed one, or where the article has other evidence of them: a speech verb, a
 * title or an honorific with the same surname.
 */
export function orgNounName(input: NonPersonInput, c: Candidate): Candidate | undefined {
  if (c.type !== 'Person' || c.entry !== undefined || c.speaker === true) return undefined;
  if (c.last - c.first < 2 || input.lexicon.honorifics.has(input.tokens[c.first - 1]?.text ?? ''))
    return undefined;
  const next = input.tokens[c.last];
  if (next === undefined || !next.word || next.cap || !input.lexicon.orgNouns.has(next.text))
    return undefined;
  // "the Ana Sanders movement": a listed surname last is a person's name as a modifier.
  if (peopleNames().has(input.tokens[c.last - 1]?.text ?? '') || namedPerson(input, c))
    return undefined;
  const body: Candidate = { ...c, type: 'Organization', id: entityId('Organization', c.name) };
  delete body.tagged;
  return body;
}

/** Another mention with the same last word and evidence of a person. */
function namedPerson(input: NonPersonInput, c: Candidate): boolean {
  const last = input.tokens[c.last - 1]?.text;
  return input.candidates.some(
    (o) =>
      o !== c &&
      input.tokens[o.last - 1]?.text === last &&
      (o.speaker === true ||
        o.role !== undefined ||
        input.lexicon.honorifics.has(input.tokens[o.first - 1]?.text ?? '')),
  );
}
