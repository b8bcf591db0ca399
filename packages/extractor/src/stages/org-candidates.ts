import type { Lexicon } from '../lexicon/lexicon.js';
import type { Sentence } from '../types.js';
import { nameBareBodies } from './bare-bodies.js';
import type { Candidate } from './candidate.js';
import { nameDescribedBodies } from './described-bodies.js';
import { nameFirmPartners } from './firm-partners.js';
import { retypeEditions } from './editions.js';
import { dropFalseOrganizations } from './false-orgs.js';
import { nameMediaOutlets } from './media-names.js';
import { linkPartyHeads } from './party-heads.js';
import { splitPersonFromBody } from './org-person-split.js';

export interface OrgCandidateInput {
  text: string;
  sentences: readonly Sentence[];
  lexicon: Lexicon;
}

/**
 * The organization readings of the whole article's candidates, from the words around them: false
 * bodies dropped, a person split off a body, bare state bodies, outlets and described bodies named, a body's numbered meeting an event, "the Left party" linked to its listed party.
 */
export function refineOrgCandidates(
  candidates: readonly Candidate[],
  input: OrgCandidateInput,
): Candidate[] {
  const kept = dropFalseOrganizations(nameFirmPartners(candidates, input.text), input);
  const split = splitPersonFromBody(kept, input);
  const bodies = nameBareBodies(split, input);
  const described = nameDescribedBodies(nameMediaOutlets(bodies, input.text), input);
  return linkPartyHeads(retypeEditions(described, input.text), input);
}
