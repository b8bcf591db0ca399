import type { GraphDocument } from '@newsgraph/graph-schema';
import { mergeDocuments } from '../export/merge-documents.js';
import { factGraph } from './fact-graph.js';
import { renderHtml } from './html.js';
import { renderSvg } from './svg.js';

export type PictureFormat = 'svg' | 'html';

export interface RenderOptions {
  format: PictureFormat;
  title?: string | undefined;
  /** ForceAtlas2 passes (default 300). */
  iterations?: number | undefined;
}

/** The entities and facts of the documents, merged, as an SVG or a self-contained HTML page. */
export function renderGraph(docs: readonly GraphDocument[], options: RenderOptions): string {
  const merged = mergeDocuments(docs);
  const graph = factGraph(merged);
  const title =
    options.title ??
    (merged.articles.length === 1
      ? (merged.articles[0]?.title ?? 'Newsgraph')
      : `Newsgraph: ${merged.articles.length} articles`);
  const svg = renderSvg(graph, {
    title,
    ...(options.iterations === undefined ? {} : { iterations: options.iterations }),
  });
  if (options.format === 'svg') return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`;
  const subtitle = `${merged.articles.length} article(s), ${graph.order} entities, ${merged.facts.length} facts`;
  return renderHtml(graph, svg, { title, subtitle });
}
