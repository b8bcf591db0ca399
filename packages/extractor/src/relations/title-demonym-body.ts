import type { RoleCue } from '../types.js';
import type { ActorRef, ArticleContext } from './article-context.js';
import { organizationKind } from './title-generic.js';

// The capitalised word right before the title, on the same line ("Palestinian chief negotiator").
const WORD_BEFORE = /(?:^|[^\p{L}.’'-])(\p{Lu}\p{Ll}+)[ \t]+$/u;

/**
 * "Palestinian chief negotiator X" in an article that names the Palestinian Authority: a people's
 * adjective that names no state and no mention, right before a title, stands for the one
 * organization of the article whose name it opens. None when two fit, for parties (the party
 * rules read those) and when the word is itself a name in the article.
 */
export function demonymBody(ctx: ArticleContext, role: RoleCue): ActorRef | undefined {
  const text = ctx.analysis.text;
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, role.start - 40), role.start))?.[1];
  if (word === undefined || ctx.named(word) !== undefined) return undefined;
  const fits = new Set<string>();
  for (const entity of ctx.entities.values()) {
    if (entity.type !== 'Organization' || !ctx.mentionCounts.has(entity.id)) continue;
    if (![entity.name, ...entity.aliases].some((n) => n.startsWith(`${word} `))) continue;
    if (organizationKind(entity) === 'party' || ctx.isGovernmentBody(entity.id)) return undefined;
    fits.add(entity.id);
  }
  const [only] = fits;
  return fits.size === 1 && only !== undefined ? { id: only, type: 'Organization' } : undefined;
}
