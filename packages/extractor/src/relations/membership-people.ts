import { z } from 'zod';
import { parseBundled } from '../lexicon/bundled.js';
import type { Mention } from '../types.js';
import type { ActorRef } from './article-context.js';
import { emitRole, type RoleEnv } from './title-env.js';
import { organizationKind } from './title-generic.js';
import { isMemberBody } from './member-bodies.js';
import { modifiesNoun } from './staff-affiliation.js';
import nounsJson from './membership-nouns.json' with { type: 'json' };
import { strength } from './confidence.js';
import { AsciiWordsPattern } from '../text/ascii-words-pattern.js';

const NounsSchema = z.object({
  nouns: z.array(z.string()),
  verbs: z.array(z.string()),
  workVerbs: z.array(z.string()),
  staffNouns: z.array(z.string().regex(/^\p{Ll}[\p{Ll}-]*$/u)),
  sportNouns: z.array(z.string().regex(/^\p{Ll}[\p{Ll}-]*$/u)),
});
const parsed = parseBundled(NounsSchema, nounsJson, 'membership-nouns.json');
/** "striker", "politician": a person named with one belongs to the organization before it. */
export const MEMBERSHIP_NOUNS: ReadonlySet<string> = new Set(parsed.nouns);
/** "engineer", "activist": a person named with one works for the organization before it. */
export const STAFF_NOUNS: ReadonlySet<string> = new Set(parsed.staffNouns);
/** "striker", "coach": a club's players and coaches. */
export const SPORT_NOUNS: ReadonlySet<string> = new Set(parsed.sportNouns);
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NOUN = `(?:${parsed.nouns.map(escape).join('|')})`;
const VERB = `(?:${parsed.verbs.map(escape).join('|')})`;
const WORK_VERB = `(?:${parsed.workVerbs.map(escape).join('|')})`;

// Between the organization and the person: "[Org] [noun] X", "[Org]'s [noun] X".
const ORG_NOUN_PERSON = new RegExp(`^(?:['’]s)?\\s+(?:party\\s+)?${NOUN}\\s+$`, 'u');
// Between the person and the organization: "X, a [Org]", then the noun after the organization.
const PERSON_A_ORG = /^,\s+(?:a|an|the)\s+(?:(?:former|fellow)\s+)?$/u;
const AFTER_ORG = new RegExp(`^(?:\\s+party)?\\s+${NOUN}(?![\\p{L}-])`, 'u');
// "X, who plays for Y", "X, who joined Y".
const PERSON_VERB_ORG = new RegExp(`^,?\\s+(?:who\\s+)?(?:has\\s+)?${VERB}\\s+(?:the\\s+)?$`, 'u');
// "X, who works for Y", "X works at Y": employment makes a member of a body of people only.
// "X, a welder who works for the carmaker Y", "X is a vet who has worked for Y".
const PERSON_WORKS_ORG = new RegExp(
  `^(?:,?\\s+(?:is\\s+)?(?:a|an)\\s+(?:[\\p{Ll}-]+\\s+){1,3}(?=who\\s))?,?\\s*(?:who\\s+)?(?:now\\s+)?${WORK_VERB}\\s+(?:the\\s+)?(?:[\\p{Ll}-]+\\s+){0,4}$`,
  'u',
);
/** "former ", "ex-" right before an organization: the membership is over. */
export const FORMER = new AsciiWordsPattern(/\b(?:former|ex)[\s-]+$/iu);

/**
 * MEMBER_OF from a membership noun or verb tying a person to an organization: "Green Party
 * politician X", "Bayern striker X", "X, a Green Party politician", "X, who plays for Y", "X scored
 * for Y", and "X, who works for Y" where Y is a body of people (`isMemberBody`).
 */
export function membershipNouns(env: RoleEnv): void {
  const mentions = env.ctx.mentionsBySentence.get(env.view.sentence.index) ?? [];
  const text = env.ctx.analysis.text;
  mentions.forEach((person, i) => {
    if (person.type !== 'Person') return;
    const source = env.ctx.actor(person.entityId);
    const before = mentions[i - 1];
    const after = mentions[i + 1];
    if (source === undefined) return;
    if (before && ORG_NOUN_PERSON.test(text.slice(before.end, person.start))) {
      const lead = text.slice(Math.max(0, before.start - 20), before.start);
      if (!FORMER.test(lead)) member(env, source, before);
    }
    if (after === undefined) return;
    const gap = text.slice(person.end, after.start);
    if (PERSON_A_ORG.test(gap) && !/former/.test(gap) && AFTER_ORG.test(text.slice(after.end)))
      member(env, source, after);
    // "X, who plays for Y's rivals": the organization only owns the object.
    if (/^['’]s?\s/u.test(text.slice(after.end))) return;
    if (PERSON_VERB_ORG.test(gap)) member(env, source, after);
    if (
      PERSON_WORKS_ORG.test(gap) &&
      isMemberBody(env.ctx, after.entityId) &&
      !modifiesNoun(env, text.slice(after.end))
    )
      member(env, source, after);
  });
}

function member(env: RoleEnv, person: ActorRef, org: Mention): void {
  const entity = env.ctx.entities.get(org.entityId);
  if (entity?.type !== 'Organization' || env.ctx.isGovernmentBody(entity.id)) return;
  if (organizationKind(entity) === 'igo') return;
  // "Former Green Party politician X": the entity stage may take "Former" into the name.
  if (/^(?:former|ex)[\s-]/i.test(org.text)) return;
  emitRole(env, {
    type: 'MEMBER_OF',
    source: person,
    target: { id: entity.id, type: 'Organization' },
    confidence: strength('membership-people'),
  });
}
