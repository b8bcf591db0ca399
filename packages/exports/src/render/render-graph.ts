import type { GraphDocument } from '@newsgraph/graph-schema';
import { mergeDocuments, type MergedGraph } from '../export/merge-documents.js';
import { factGraph } from './fact-graph.js';
import { renderHtml } from './html.js';
import { renderSvg } from './svg.js';

export type PictureFormat = 'svg' | 'html';

export interface RenderOptions {
  format: PictureFormat;
  title?: string | undefined;
  /** ForceAtlas2 passes (default 300). */
  iterations?: number | undefined;
  /** Draw entities that take part in no fact too (default false). */
  isolated?: boolean | undefined;
}

/** The entities and facts of the documents, merged, as an SVG or a self-contained HTML page. */
export function renderGraph(docs: readonly GraphDocument[], options: RenderOptions): string {
  return renderMergedGraph(mergeDocuments(docs), options);
}

/** A merged graph (documents merged, or what the database holds) as an SVG or an HTML page. */
export function renderMergedGraph(merged: MergedGraph, options: RenderOptions): string {
  const graph = factGraph(merged, { isolated: options.isolated });
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
  const hidden = merged.entities.length - graph.order;
  const subtitle = `${merged.articles.length} article(s), ${graph.order} entities, ${merged.facts.length} facts${hidden > 0 ? ` (${hidden} entities with no fact not shown)` : ''}`;
  return renderHtml(graph, svg, { title, subtitle });
}
