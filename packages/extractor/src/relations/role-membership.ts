import type { RoleFact, RoleEnv } from './title-env.js';
import { organizationKind } from './title-generic.js';
import { strength } from './confidence.js';

/**
 * Organization kinds that people join as members (GUIDELINES: "a politician in a party"; a player in
 * a team). Staff of a company, university, agency or think tank work for it without being members.
 */
export const MEMBER_KINDS: ReadonlySet<string> = new Set(['party', 'sport', 'team']);

/** Below the role's own confidence: the membership is read from the role, not stated. */
const DERIVED_CONFIDENCE = strength('membership-from-role');

/**
 * "party leader X", "the club's captain X": a person who leads or holds an office in a body people
 * join as members belongs to it (GUIDELINES: MEMBER_OF). Not for companies, agencies, universities
 * or think tanks ("Exxon spokesman X" represents Exxon without being its member), a state's
 * government bodies (their people act for the state) or intergovernmental bodies, whose members
 * are states.
 */
export function roleMembership(env: RoleEnv, fact: RoleFact): RoleFact | undefined {
  if (fact.type !== 'LEADS' && fact.type !== 'REPRESENTS') return undefined;
  if (fact.source.type !== 'Person' || fact.target.type !== 'Organization') return undefined;
  if (env.ctx.isGovernmentBody(fact.target.id)) return undefined;
  const kind = organizationKind(env.ctx.entities.get(fact.target.id));
  if (kind === undefined || !MEMBER_KINDS.has(kind)) return undefined;
  return {
    type: 'MEMBER_OF',
    source: fact.source,
    target: fact.target,
    confidence: Math.min(fact.confidence, DERIVED_CONFIDENCE),
  };
}
