/** Relations about what an actor is part of: their target must head its phrase. */
export const STRUCTURAL: ReadonlySet<string> = new Set(['LEADS', 'MEMBER_OF', 'ALLIED_WITH']);
