import type { Entity } from '@newsgraph/graph-schema';
import type { ArticleMeta, ExtractOptions, Mention } from '../types.js';
import { actorIndex } from './actor-index.js';
import { linkActors } from './actor-link.js';
import { articleDate } from './article-date.js';
import { withProps } from '../with-props.js';

/** The pipeline's hook: resolved entities linked to the actor table on the article's date. */
export function linkTableActors(
  resolved: { entities: Entity[]; mentions: Mention[] },
  context: { text: string; meta: ArticleMeta; options: ExtractOptions },
): { entities: Entity[]; mentions: Mention[] } {
  return linkActors(
    withProps(resolved, {
      index: actorIndex(context.options.actors),
      date: articleDate(context.text, context.meta.publishedAt),
      text: context.text,
    }),
  );
}
