import type { Entity } from '@newsgraph/graph-schema';
import { z } from 'zod';
import { parseBundled } from '../lexicon/bundled.js';
import type { RoleCue } from '../types.js';
import type { ActorRef, ArticleContext } from './article-context.js';
import nounsJson from './title-nouns.json' with { type: 'json' };

const NounsSchema = z.object({
  nouns: z.record(z.string(), z.string()),
  impliedBodies: z.record(z.string(), z.string()),
  nameHeads: z.record(z.string(), z.string()),
  headsByNameWord: z.record(z.string(), z.array(z.string())),
  envoys: z.array(z.string()),
  personDescribers: z.array(z.string()),
  betweenHolderAndTitle: z.array(z.string()),
  counterparts: z.array(z.string()),
  partyLetters: z.record(z.string(), z.string()),
  topicPortfolios: z.array(z.string()),
  stateBodyNouns: z.array(z.string().regex(/^\p{Ll}+$/u)),
  presidencies: z.array(z.string()),
  presidencyModifiers: z.array(z.string()),
  representVerbs: z.array(z.string()),
  representAuxiliaries: z.array(z.string()),
});
const parsed = parseBundled(NounsSchema, nounsJson, 'title-nouns.json');
const NOUNS: Readonly<Record<string, string>> = parsed.nouns;
const IMPLIED: Readonly<Record<string, string>> = parsed.impliedBodies;
const NAME_HEADS: Readonly<Record<string, string>> = parsed.nameHeads;
const HEADS_BY_NAME_WORD: Readonly<Record<string, readonly string[]>> = parsed.headsByNameWord;
const ENVOYS: ReadonlySet<string> = new Set(parsed.envoys);
/** "conservative": a word before a title that describes its holder rather than naming one. */
export const PERSON_DESCRIBERS: ReadonlySet<string> = new Set(parsed.personDescribers);
/** Lower-case words that leave a state the holder of the title after them. */
export const BETWEEN_HOLDER_AND_TITLE: ReadonlySet<string> = new Set(parsed.betweenHolderAndTitle);
/** "ministry", "army": a state's own body, named in lower case before a title. */
export const STATE_BODY_NOUNS: ReadonlySet<string> = new Set(parsed.stateBodyNouns);
/** "counterpart": the holder of the same office elsewhere. */
export const COUNTERPARTS: ReadonlySet<string> = new Set(parsed.counterparts);
/** "Affairs": a portfolio word that makes the name before it the office's topic. */
export const TOPIC_PORTFOLIOS: ReadonlySet<string> = new Set(parsed.topicPortfolios);
/** "presidency": an office a state holds in a body for a term. */
export const PRESIDENCIES: ReadonlySet<string> = new Set(parsed.presidencies);
export const PRESIDENCY_MODIFIERS: ReadonlySet<string> = new Set(parsed.presidencyModifiers);
/** "represents": the verb by which a person speaks for a state or body, and what may precede it. */
export const REPRESENT_VERBS: ReadonlySet<string> = new Set(parsed.representVerbs);
export const REPRESENT_AUXILIARIES: ReadonlySet<string> = new Set(parsed.representAuxiliaries);
/** "(R-Ky.)": the party a bracket's letter stands for, by its entity's name. */
export const PARTY_LETTERS: Readonly<Record<string, string>> = parsed.partyLetters;

/** "Ambassador", "special envoy": a title of someone sent to a state or body by another. */
export function isEnvoyTitle(title: string): boolean {
  return ENVOYS.has(title.trim().toLowerCase().replace(/\s+/g, ' '));
}

/**
 * "Bank of Japan Governor X": a title read as an officer's that heads an organization whose name
 * holds one of its words (title-nouns.json's headsByNameWord). Only the bare title: "Deputy
 * Governor" stays an officer's.
 */
export function headsByName(title: string, entity: Entity | undefined): boolean {
  const words = HEADS_BY_NAME_WORD[title.trim().toLowerCase()];
  if (words === undefined || entity?.type !== 'Organization') return false;
  const name = entity.name.split(/\s+/);
  return words.some((w) => name.includes(w));
}

/** An organization's kind: the one the entity stage gave, else the one its name's last word gives. */
export function organizationKind(entity: Entity | undefined): string | undefined {
  if (entity?.type !== 'Organization') return undefined;
  const given = entity.attributes?.['kind'];
  if (typeof given === 'string') return given;
  // The name's last word, split once per entity (the name is checked in case it was changed).
  const seen = nameHeads.get(entity);
  if (seen?.name === entity.name) return seen.kind;
  const kind = NAME_HEADS[entity.name.split(/\s+/).at(-1)?.toLowerCase() ?? ''];
  nameHeads.set(entity, { name: entity.name, kind });
  return kind;
}

const nameHeads = new WeakMap<Entity, { name: string; kind: string | undefined }>();

/** "MEP X": the body the title itself names (the European Parliament), when the article names it. */
export function impliedBody(ctx: ArticleContext, title: string): ActorRef | undefined {
  const body = IMPLIED[title.trim().toLowerCase()];
  if (body === undefined) return undefined;
  for (const e of ctx.entities.values()) {
    if (e.type === 'Organization' && (e.name === body || e.aliases.includes(body)))
      return { id: e.id, type: 'Organization' };
  }
  return undefined;
}

const WORD_BEFORE = /([\p{L}-]+)\s+$/u;

/**
 * "party leader X", "Company spokesman X": a common noun for an organization kind in or right
 * before the title stands for the one organization of that kind the article names.
 */
export function genericBody(
  ctx: ArticleContext,
  role: RoleCue,
  sentence: number,
): ActorRef | undefined {
  const text = ctx.analysis.text;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, role.start - 30), role.start))?.[1];
  const first = role.title.split(/\s+/)[0];
  const kind = [first, before]
    .map((w) => (w === undefined ? undefined : NOUNS[w.toLowerCase()]))
    .find((k) => k !== undefined);
  if (kind === undefined) return undefined;
  const ofKind = (id: string): boolean => {
    return organizationKind(ctx.entities.get(id)) === kind;
  };
  // The one of that kind in the sentence, else in the article.
  const here = new Set(
    (ctx.mentionsBySentence.get(sentence) ?? []).map((m) => m.entityId).filter(ofKind),
  );
  const all = new Set(
    [...ctx.entities.keys()].filter((id) => ofKind(id) && ctx.mentionCounts.has(id)),
  );
  const fits = here.size > 0 ? here : all;
  const [only] = fits;
  return fits.size === 1 && only ? { id: only, type: 'Organization' } : undefined;
}
