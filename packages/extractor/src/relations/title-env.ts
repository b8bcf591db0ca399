import type { EntityRelationType, Span } from '@newsgraph/graph-schema';
import type { ActorRef, ArticleContext } from './article-context.js';
import type { CompiledCues } from './cue-lexicon.js';
import type { Candidate } from './relation-set.js';
import type { SentenceView } from './sentence-view.js';
import type { Mention } from '../types.js';

/** What the role rules of one sentence read and where they put what they find. */
export interface RoleEnv {
  ctx: ArticleContext;
  cues: CompiledCues;
  view: SentenceView;
  evidence: Span;
  emit: (candidate: Candidate) => void;
}

/** One role relation found, before the sentence's evidence is attached. */
export interface RoleFact {
  type: EntityRelationType;
  source: ActorRef;
  target: ActorRef;
  confidence: number;
  role?: string | undefined;
}

/** Emits a role; its emitter adds the membership a role implies (`roleMembership`). */
export function emitRole(env: RoleEnv, fact: RoleFact): void {
  // Spelled out rather than spread: roles are emitted in every sentence with a titled person.
  const { type, source, target, confidence } = fact;
  const candidate: Candidate = { type, source, target, confidence, evidence: env.evidence };
  if ('role' in fact) candidate.role = fact.role;
  env.emit(candidate);
}

/** A person named in the sentence belongs to an organization named there (MEMBER_OF). */
export function emitMembership(
  env: RoleEnv,
  person: Mention,
  org: Mention,
  confidence: number,
): void {
  const source = env.ctx.actor(person.entityId);
  if (source === undefined) return;
  const target = { id: org.entityId, type: 'Organization' as const };
  emitRole(env, { type: 'MEMBER_OF', source, target, confidence });
}

/** The sentence's text between two article offsets. */
export function gap(view: SentenceView, from: number, to: number): string {
  return view.sentenceText.slice(from - view.sentence.start, to - view.sentence.start);
}
