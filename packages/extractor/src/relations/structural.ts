/** Relations about what an actor is part of: their target must head its phrase. */
export const STRUCTURAL: ReadonlySet<string> = new Set(['LEADS', 'MEMBER_OF', 'ALLIED_WITH']);

/** The stance relations, which the object resolvers ("them", "his call", "the government") serve. */
export function isStance(relation: string): boolean {
  return relation === 'OPPOSES' || relation === 'SUPPORTS';
}
