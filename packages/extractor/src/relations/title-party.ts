import type { ActorRef, ArticleContext } from './article-context.js';
import { organizationKind } from './title-generic.js';

const WORD_BEFORE = /(\p{Lu}[\p{L}-]*)\s+$/u;

/**
 * "Republican senator X", "Labour MP X": a party's word right before a title, where the article
 * names that party ("the Republican Party", "Republicans"); the one party it fits, else none.
 */
export function partyBefore(ctx: ArticleContext, titleStart: number): ActorRef | undefined {
  const text = ctx.analysis.text;
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, titleStart - 40), titleStart))?.[1];
  if (word === undefined) return undefined;
  const fits: ActorRef[] = [];
  for (const entity of ctx.entities.values()) {
    if (organizationKind(entity) !== 'party') continue;
    const names = [entity.name, ...entity.aliases];
    if (names.some((n) => n === word || n === `${word}s` || n === `${word} Party`))
      fits.push({ id: entity.id, type: 'Organization' });
  }
  return fits.length === 1 ? fits[0] : undefined;
}
