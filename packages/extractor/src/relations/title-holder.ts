import type { ActorRef, ArticleContext } from './article-context.js';
import type { TitleSense } from './cue-lexicon.js';
import { strength } from './confidence.js';
import { organizationKind } from './title-generic.js';

export interface Holder {
  actor: ActorRef;
  confidence: number;
}

interface Ranked {
  actor: ActorRef;
  count: number;
}

interface Holders {
  byId: Map<string, ActorRef>;
  top: Ranked | undefined;
  second: Ranked | undefined;
}

/** The article's possible holders of one type and the two most mentioned, once per article. */
const holdersOf = new WeakMap<ArticleContext, Map<string, Holders>>();

function rankedHolders(ctx: ArticleContext, wanted: 'State' | 'Organization'): Holders {
  let cache = holdersOf.get(ctx);
  if (cache === undefined) holdersOf.set(ctx, (cache = new Map<string, Holders>()));
  const known = cache.get(wanted);
  if (known !== undefined) return known;
  const candidates: ActorRef[] = [];
  for (const entity of ctx.entities.values()) {
    if (entity.type !== wanted || ctx.isGovernmentBody(entity.id)) continue;
    if (!ctx.mentionCounts.has(entity.id)) continue;
    candidates.push({ id: entity.id, type: entity.type });
  }
  const [top, second] = candidates
    .map((actor) => ({ actor, count: ctx.mentionCounts.get(actor.id) ?? 0 }))
    .sort((a, b) => b.count - a.count);
  const holders = { byId: new Map(candidates.map((c) => [c.id, c])), top, second };
  cache.set(wanted, holders);
  return holders;
}

/**
 * Whom a title belongs to when the text does not say ("Chancellor Angela Merkel"): the one
 * state of the article among those that use the title; else the state (or, for an
 * organization's title, the organization) that dominates the article, when the sentence names
 * it or no rival (a news outlet only when the sentence names it). None for titles of any holder ("leader", "spokesman"), when unclear, or when the
 * same person's title is tied to a holder elsewhere in the article.
 */
export function defaultHolder(
  ctx: ArticleContext,
  sense: TitleSense,
  personId: string,
  sentence: number,
  /** titled: the person's title is known to be tied to a holder that is not its owner. */
  options: { titled?: boolean } = {},
): Holder | undefined {
  if (sense.scope === 'any') return undefined;
  if (options.titled !== true && ctx.titledPeople.has(personId)) return undefined;
  const wanted = sense.scope === 'organization' ? 'Organization' : 'State';
  const { byId, top, second } = rankedHolders(ctx, wanted);
  if (sense.states !== undefined) {
    const users = [...new Set(sense.states)].flatMap((code) => byId.get(`state:${code}`) ?? []);
    const [only] = users;
    return users.length === 1 && only
      ? { actor: only, confidence: strength('title-sole-state') }
      : undefined;
  }
  // A state named twice is the article's when no other state is named at all.
  const enough = second === undefined ? 2 : 3;
  if (top === undefined || top.count < enough || top.count < 2 * (second?.count ?? 0))
    return undefined;
  const named = (ctx.mentionsBySentence.get(sentence) ?? []).filter(
    (m) => m.type === wanted && !ctx.isGovernmentBody(m.entityId),
  );
  const here = named.some((m) => m.entityId === top.actor.id);
  const rival = named.some((m) => m.entityId !== top.actor.id);
  // Heads of state meet other states' heads: any other state in the sentence makes it unclear.
  // Organizations' titles stand among other organizations; the dominant one named there wins.
  if (wanted === 'State' ? rival : rival && !here) return undefined;
  // A news outlet is mostly named as the story's source ("told DW", "DW reports"): its count
  // makes it no owner of a title it is not named beside ("Director X accompanied the band").
  const kind = organizationKind(ctx.entities.get(top.actor.id));
  if (!here && kind === 'media') return undefined;
  // "veteran analyst X wrote ... the GOP": a party employs no analysts, economists or professors;
  // its offices are leading or membership titles, so a represented title is not the party's.
  if (kind === 'party' && sense.kind === 'represents') return undefined;
  return {
    actor: top.actor,
    confidence: strength(here ? 'article-holder-here' : 'article-holder-elsewhere'),
  };
}
