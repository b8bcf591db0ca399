import { z } from 'zod';
import { parseBundled } from '../lexicon/bundled.js';
import type { ArticleContext } from './article-context.js';
import { organizationKind } from './title-generic.js';
import bodiesJson from './member-bodies.json' with { type: 'json' };

const BodiesSchema = z.object({
  memberKinds: z.array(z.string().min(1)),
  joinedKinds: z.array(z.string().min(1)),
  memberNameWords: z.array(z.string().regex(/^\p{Ll}+$/u)),
  nonMemberWords: z.array(z.string().regex(/^\p{Ll}+$/u)),
  notMemberNouns: z.array(z.string().regex(/^\p{Ll}+$/u)),
  possessedBodies: z.array(z.string().regex(/^\p{Ll}+$/u)),
  peopleBodies: z.array(z.string().regex(/^org:[a-z0-9-]+$/u)),
  ownKindNouns: z.array(z.string().regex(/^\p{Ll}+$/u)),
  partNouns: z.array(z.string().regex(/^\p{Ll}+$/u)),
  stateBodyKinds: z.array(z.string().regex(/^\p{Ll}+$/u)),
});
const parsed = parseBundled(BodiesSchema, bodiesJson, 'member-bodies.json');
const MEMBER_KINDS: ReadonlySet<string> = new Set(parsed.memberKinds);
const JOINED_KINDS: ReadonlySet<string> = new Set(parsed.joinedKinds);
const NON_MEMBER_WORDS: ReadonlySet<string> = new Set(parsed.nonMemberWords);
const MEMBER_NAME_WORDS: ReadonlySet<string> = new Set(parsed.memberNameWords);
const PEOPLE_BODIES: ReadonlySet<string> = new Set(parsed.peopleBodies);
const STATE_BODY_KINDS: ReadonlySet<string> = new Set(parsed.stateBodyKinds);
/** "critic", "lawyer", "former": an apposition word that ties a person to a body without membership. */
export const NOT_MEMBER_NOUNS: ReadonlySet<string> = new Set(parsed.notMemberNouns);
/** "party", "union": a noun for a whole body that may follow its own name ("the CCOO trade union"). */
export const OWN_KIND_NOUNS: ReadonlySet<string> = new Set(parsed.ownKindNouns);
/** "wing", "chapter": a part of a body named after the body ("the Y youth wing"). */
export const PART_NOUNS: ReadonlySet<string> = new Set(parsed.partNouns);
/** "club", "party": a body a person's possessive names as his own ("X's club Y"). */
export const POSSESSED_BODIES: ReadonlySet<string> = new Set(parsed.possessedBodies);

/**
 * True for an organization whose leaders, officers and staff belong to it (GUIDELINES: MEMBER_OF):
 * a party, club, company, media outlet, NGO, union or think tank. Not a state's government body,
 * whose people act for the state, nor a court, central bank, bloc or intergovernmental body,
 * whose members are states; a parliament of states (the European Parliament) is one of people.
 * An organization of no known kind counts unless a word of its name
 * marks a public body ("Federal Environment Agency", "Bank of Japan"). A listed intergovernmental
 * body of people (the European Commission, the European Council: `peopleBodies`) counts.
 */
export function isMemberBody(ctx: ArticleContext, entityId: string): boolean {
  let known = memberBodies.get(ctx);
  if (known === undefined) memberBodies.set(ctx, (known = new Map<string, boolean>()));
  let body = known.get(entityId);
  if (body === undefined) known.set(entityId, (body = readMemberBody(ctx, entityId)));
  return body;
}

/** `isMemberBody` per article and entity: several rules ask it of the same organizations. */
const memberBodies = new WeakMap<ArticleContext, Map<string, boolean>>();

function readMemberBody(ctx: ArticleContext, entityId: string): boolean {
  const entity = ctx.entities.get(entityId);
  if (entity?.type !== 'Organization' || ctx.isGovernmentBody(entityId)) return false;
  if (PEOPLE_BODIES.has(entityId)) return true;
  const words = entity.name.toLowerCase().split(/[^\p{L}]+/u);
  if (words.some((word) => MEMBER_NAME_WORDS.has(word))) return true;
  const kind = organizationKind(entity);
  if (kind !== undefined) return MEMBER_KINDS.has(kind);
  return !words.some((word) => NON_MEMBER_WORDS.has(word));
}

/**
 * An alliance, a bloc, an intergovernmental or UN body, whose members are states: "we are part of
 * Y" in the quote of a state's envoy makes the state a member, never the envoy. A body of people
 * among them (the European Commission, the European Parliament) is none.
 */
export function isStateBody(ctx: ArticleContext, entityId: string): boolean {
  const kind = organizationKind(ctx.entities.get(entityId));
  return kind !== undefined && STATE_BODY_KINDS.has(kind) && !isMemberBody(ctx, entityId);
}

/**
 * An organization of a known kind whose members are people (a party, an armed group, a company):
 * its allies are its allies, not its members ("Hezbollah ally Syria"), where an alliance's or a
 * bloc's allies are its member states ("NATO ally Turkey").
 */
export function isPeopleKind(ctx: ArticleContext, entityId: string): boolean {
  const kind = organizationKind(ctx.entities.get(entityId));
  return kind !== undefined && MEMBER_KINDS.has(kind);
}

/** A party, club or team: people join it rather than work for it, so they do not speak for it. */
export function isJoinedBody(ctx: ArticleContext, entityId: string): boolean {
  const kind = organizationKind(ctx.entities.get(entityId));
  return kind !== undefined && JOINED_KINDS.has(kind) && !ctx.isGovernmentBody(entityId);
}
