import type { ArticleContext } from './article-context.js';
import type { Candidate } from './relation-set.js';
import { isMemberBody } from './member-bodies.js';
import { strength } from './confidence.js';

/** Below the role's own confidence: the membership is read from the role, not stated. */
const DERIVED_CONFIDENCE = strength('membership-from-role');

/**
 * "party leader X", "Exxon spokesman X", "the club's captain X": a person who leads or speaks for
 * a party, club, company, NGO or other body of people belongs to it (GUIDELINES: MEMBER_OF, the
 * broad reading). Not for a state's government bodies (their people act for the state), central
 * banks, courts or intergovernmental bodies, whose members are states (`isMemberBody`).
 */
export function roleMembership(ctx: ArticleContext, fact: Candidate): Candidate | undefined {
  if (fact.type !== 'LEADS' && fact.type !== 'REPRESENTS') return undefined;
  if (fact.source.type !== 'Person' || fact.target.type !== 'Organization') return undefined;
  if (!isMemberBody(ctx, fact.target.id)) return undefined;
  return {
    type: 'MEMBER_OF',
    source: fact.source,
    target: fact.target,
    confidence: Math.min(fact.confidence, DERIVED_CONFIDENCE),
    evidence: fact.evidence,
  };
}
