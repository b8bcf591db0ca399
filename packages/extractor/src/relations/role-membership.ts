import type { RoleFact, RoleEnv } from './title-env.js';
import { organizationKind } from './title-generic.js';

/** Organization kinds whose members are states. */
const BODIES_OF_STATES: ReadonlySet<string> = new Set(['igo', 'un', 'alliance', 'bloc']);

/** Below the role's own confidence: the membership is read from the role, not stated. */
const DERIVED_CONFIDENCE = 0.55;

/**
 * "Exxon spokesman X", "Amnesty researcher X", "party leader X": a person who leads or holds an
 * office in an organization belongs to it (GUIDELINES: MEMBER_OF). Not for a state's government
 * bodies (their people act for the state) nor intergovernmental bodies, whose members are states.
 */
export function roleMembership(env: RoleEnv, fact: RoleFact): RoleFact | undefined {
  if (fact.type !== 'LEADS' && fact.type !== 'REPRESENTS') return undefined;
  if (fact.source.type !== 'Person' || fact.target.type !== 'Organization') return undefined;
  if (env.ctx.isGovernmentBody(fact.target.id)) return undefined;
  const kind = organizationKind(env.ctx.entities.get(fact.target.id));
  if (kind !== undefined && BODIES_OF_STATES.has(kind)) return undefined;
  return {
    type: 'MEMBER_OF',
    source: fact.source,
    target: fact.target,
    confidence: Math.min(fact.confidence, DERIVED_CONFIDENCE),
  };
}
