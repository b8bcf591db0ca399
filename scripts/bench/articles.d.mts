export interface GeneratedArticle {
  id: string;
  title: string;
  source: string;
  url: string;
  publishedAt: string;
  text: string;
}

/** Article number j of a deterministic generated corpus. */
export function articleGenerator(options?: {
  seed?: number;
  universeSize?: number;
}): (j: number) => GeneratedArticle;

export function countWords(text: string): number;

/** Generated articles, in order, until they hold at least `minWords` words. */
export function articlesOfWords(
  minWords: number,
  options?: { seed?: number },
): { articles: GeneratedArticle[]; words: number };
