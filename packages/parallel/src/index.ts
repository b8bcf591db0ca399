export type { ArticleInput, ArticleItem } from './article-item.js';
export {
  checkWorkers,
  defaultWorkers,
  extractArticles,
  type ExtractArticlesOptions,
  type ExtractedItem,
} from './extract-articles.js';
export { heapMbFor, threadHeapMb, WORKER_HEAP_MB } from './large-article.js';
export { mapOrdered, type OrderedMapOptions } from './ordered-map.js';
export { createWorkerPool, type WorkerPool, type WorkerPoolOptions } from './worker-pool.js';
