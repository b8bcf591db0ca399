import { emitRole, type RoleEnv } from './title-env.js';
import { PARTY_LETTERS, organizationKind } from './title-generic.js';
import { strength } from './confidence.js';

// "Senator Ann Roux (R-Ky.)", "Rep. Tom Keller ( D , Ohio )": a party letter, then the state.
const BRACKET = /^\s*\(\s*([A-Z])\s*[-–,]\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?\s*\)/u;

/**
 * "Senator Ann Roux (R-Ky.)": the bracket's letter names the lawmaker's party; she is its member
 * when the article names that party (the letter alone makes no entity).
 */
export function partyBrackets(env: RoleEnv): void {
  const mentions = env.ctx.mentionsBySentence.get(env.view.sentence.index) ?? [];
  const text = env.ctx.analysis.text;
  for (const person of mentions) {
    if (person.type !== 'Person') continue;
    const after = text.slice(person.end, person.end + 30);
    // A bracket first: most names have none after them.
    const letter = after.includes('(') ? BRACKET.exec(after)?.[1] : undefined;
    const name = letter === undefined ? undefined : PARTY_LETTERS[letter];
    const source = env.ctx.actor(person.entityId);
    if (name === undefined || source === undefined) continue;
    const party = [...env.ctx.entities.values()].find(
      (e) =>
        organizationKind(e) === 'party' &&
        (e.name === name || e.aliases.includes(name)) &&
        env.ctx.mentionCounts.has(e.id),
    );
    if (party)
      emitRole(env, {
        type: 'MEMBER_OF',
        source,
        target: { id: party.id, type: 'Organization' },
        confidence: strength('party-bracket'),
      });
  }
}
