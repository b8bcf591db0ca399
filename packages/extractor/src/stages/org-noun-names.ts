import { entityId } from '@newsgraph/graph-schema';
import { mentionWords } from '../lexicon/mention-words.js';
import { peopleNames } from '../lexicon/people-names.js';
import type { Candidate } from './candidate.js';
import type { NonPersonInput } from './non-persons.js';

/**
 * "the Free Voters party", "Grace Tenants movement leaders": a name of two or more words that
 * only its given name made a person ("Free"), before a lower-case noun for a kind of organization,
 * names the organization, here and wherever else the article gives the name no evidence of a
 * person. A person as a modifier ("the Ana Ruiz movement") is kept where the surname is a listed
 * one, or where the article gives the surname such evidence: a title, an honorific, or a speech
 * verb without an article before the name ("Ruiz said", not "the Free Voters said").
 */
export function orgNounBodies(input: NonPersonInput): ReadonlySet<string> {
  const out = new Set<string>();
  for (const c of input.candidates)
    if (givenNameOnly(input, c) && beforeOrgNoun(input, c) && !namedPerson(input, c))
      out.add(c.name);
  return out;
}

/** The candidate as an organization, where its name is one of `bodies`. */
export function asBody(
  input: NonPersonInput,
  bodies: ReadonlySet<string>,
  c: Candidate,
): Candidate | undefined {
  if (bodies.size === 0 || !bodies.has(c.name) || !givenNameOnly(input, c)) return undefined;
  const body: Candidate = { ...c, type: 'Organization', id: entityId('Organization', c.name) };
  delete body.tagged;
  delete body.speaker;
  return body;
}

/** A person of two or more words, unlisted, with no evidence of one but its given name. */
function givenNameOnly(input: NonPersonInput, c: Candidate): boolean {
  return (
    c.type === 'Person' &&
    c.entry === undefined &&
    c.last - c.first >= 2 &&
    !personEvidence(input, c)
  );
}

function beforeOrgNoun(input: NonPersonInput, c: Candidate): boolean {
  const next = input.tokens[c.last];
  if (next === undefined || !next.word || next.cap || !input.lexicon.orgNouns.has(next.text))
    return false;
  // "the Ana Sanders movement": a listed surname last is a person's name as a modifier.
  return !peopleNames().has(input.tokens[c.last - 1]?.text ?? '');
}

function personEvidence(input: NonPersonInput, c: Candidate): boolean {
  const before = input.tokens[c.first - 1]?.text ?? '';
  if (c.role !== undefined || input.lexicon.honorifics.has(before)) return true;
  return c.speaker === true && !mentionWords().articles.has(before.toLowerCase());
}

/** Another mention with the same last word and evidence of a person. */
function namedPerson(input: NonPersonInput, c: Candidate): boolean {
  const last = input.tokens[c.last - 1]?.text;
  return input.candidates.some(
    (o) => o !== c && input.tokens[o.last - 1]?.text === last && personEvidence(input, o),
  );
}
