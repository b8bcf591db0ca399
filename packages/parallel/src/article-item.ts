import type { ArticleMeta } from '@newsgraph/extractor';
import type { NewsgraphError } from '@newsgraph/graph-schema';

/** One article to extract, with where it was read from. */
export interface ArticleInput {
  where: string;
  text: string;
  meta: ArticleMeta;
}
/** An article, or why the input it would have come from could not be read. */
export type ArticleItem = ArticleInput | { where: string; error: NewsgraphError };
