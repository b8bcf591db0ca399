import { NODE_STYLES, type EntityType } from '@newsgraph/graph-schema';
import type { FactGraph } from './fact-graph.js';
import { edgeColor } from './styles.js';

export interface HtmlOptions {
  title: string;
  /** A line under the title: counts, sources. */
  subtitle: string;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A page with no outside resource: the SVG inline, a legend of the labels and types it shows. */
export function renderHtml(graph: FactGraph, svg: string, options: HtmlOptions): string {
  const types = new Set<EntityType>();
  graph.forEachNode((_n, a) => types.add(a.entity.type));
  const relations = new Set<string>();
  graph.forEachEdge((_e, a) => relations.add(a.type));
  const nodeItems = [...types].sort().map((t) => {
    const s = NODE_STYLES[t];
    return `<li><svg width="16" height="16" aria-hidden="true"><circle cx="8" cy="8" r="7" fill="${s.color}" stroke="${s.borderColor}" stroke-width="2"/></svg>${t}</li>`;
  });
  const edgeItems = [...relations]
    .sort()
    .map(
      (t) =>
        `<li><svg width="28" height="10" aria-hidden="true"><line x1="1" y1="5" x2="27" y2="5" stroke="${edgeColor(t)}" stroke-width="3"/></svg>${t}</li>`,
    );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<style>
  body { margin: 0; font-family: Helvetica, Arial, sans-serif; color: #2A2C34; display: flex; flex-wrap: wrap; }
  header { width: 100%; padding: 12px 20px; border-bottom: 1px solid #ddd; }
  h1 { font-size: 20px; margin: 0 0 4px; }
  header p { margin: 0; color: #666; font-size: 14px; }
  main { flex: 1 1 600px; overflow: auto; }
  main svg { max-width: 100%; height: auto; }
  aside { flex: 0 0 200px; padding: 12px 20px; font-size: 14px; }
  aside ul { list-style: none; padding: 0; margin: 0 0 16px; }
  aside li { display: flex; align-items: center; gap: 8px; margin: 4px 0; }
  .edge:hover { stroke-opacity: 0.6; }
</style>
</head>
<body>
<header><h1>${escapeHtml(options.title)}</h1><p>${escapeHtml(options.subtitle)}</p></header>
<main>
${svg.trim()}
</main>
<aside class="legend">
<h2>Entities</h2>
<ul>${nodeItems.join('')}</ul>
<h2>Relations</h2>
<ul>${edgeItems.join('')}</ul>
<p>Hover a node or an arrow for names, aliases and evidence.</p>
</aside>
</body>
</html>
`;
}
