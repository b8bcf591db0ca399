import { NODE_STYLES } from '@newsgraph/graph-schema';
import { create } from 'xmlbuilder2';
import type { FactGraph, PictureEdge } from './fact-graph.js';
import { layoutGraph, type Point } from './layout.js';
import { coloredTypes, edgeColor, nodeRadius } from './styles.js';

export interface SvgOptions {
  /** Shown as the picture's <title>. */
  title?: string;
  iterations?: number;
}

interface Curve {
  d: string;
  /** Where the curve is halfway, for its label. */
  middle: Point;
}

const MARGIN = 80;
const f = (n: number): string => n.toFixed(1);

type Builder = ReturnType<typeof create>;
type El = ReturnType<Builder['ele']>;

/**
 * The graph as a standalone SVG: one circle per entity in its label's colour, a label under it,
 * an arrow per fact (curved apart when a pair has several), tooltips with evidence.
 */
export function renderSvg(graph: FactGraph, options: SvgOptions = {}): string {
  const positions = layoutGraph(
    graph,
    options.iterations === undefined ? {} : { iterations: options.iterations },
  );
  const side = Math.round(Math.max(600, Math.sqrt(graph.order) * 160));
  const place = (p: Point | undefined): Point => ({
    x: MARGIN + (p?.x ?? 0.5) * side,
    y: MARGIN + (p?.y ?? 0.5) * side,
  });
  const size = side + 2 * MARGIN;
  const svg = create().ele('http://www.w3.org/2000/svg', 'svg', {
    width: String(size),
    height: String(size),
    viewBox: `0 0 ${size} ${size}`,
    'font-family': 'Helvetica, Arial, sans-serif',
    role: 'img',
  });
  svg.ele('title').txt(options.title ?? 'Newsgraph');
  arrowMarkers(svg.ele('defs'));
  svg.ele('rect', { width: String(size), height: String(size), fill: '#FFFFFF' });
  const labels = drawEdges(svg.ele('g', { class: 'edges', fill: 'none' }), graph, place, positions);
  drawEdgeLabels(svg.ele('g', { class: 'edge-labels', 'font-size': '9' }), labels);
  drawNodes(svg.ele('g', { class: 'nodes' }), graph, place, positions);
  return svg.end({ prettyPrint: true, headless: true }) + '\n';
}

function arrowMarkers(defs: El): void {
  for (const type of coloredTypes()) {
    const color = edgeColor(type);
    defs
      .ele('marker', {
        id: `arrow-${type}`,
        viewBox: '0 0 10 10',
        refX: '10',
        refY: '5',
        markerWidth: '7',
        markerHeight: '7',
        orient: 'auto-start-reverse',
      })
      .ele('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: color });
  }
}

function drawEdges(
  g: El,
  graph: FactGraph,
  place: (p: Point | undefined) => Point,
  positions: Map<string, Point>,
): Array<{ type: string; at: Point }> {
  const labels: Array<{ type: string; at: Point }> = [];
  const byPair = new Map<string, string[]>();
  graph.forEachEdge((edge, _a, s, t) => {
    const pair = s < t ? `${s}\0${t}` : `${t}\0${s}`;
    const list = byPair.get(pair);
    if (list === undefined) byPair.set(pair, [edge]);
    else list.push(edge);
  });
  for (const edges of byPair.values()) {
    edges.forEach((edge, i) => {
      const a = graph.getEdgeAttributes(edge);
      const [s, t] = graph.extremities(edge);
      const from = place(positions.get(s));
      const to = place(positions.get(t));
      const bend = (i - (edges.length - 1) / 2) * 28 * (s < t ? 1 : -1);
      const { d, middle } = curve(
        from,
        to,
        bend,
        nodeRadius(graph.getNodeAttribute(s, 'entity').type),
        nodeRadius(graph.getNodeAttribute(t, 'entity').type),
      );
      const path = g.ele('path', {
        class: `edge ${a.type}`,
        d,
        stroke: edgeColor(a.type),
        'stroke-width': f(Math.min(6, 1.2 + a.articles.length * 0.8)),
        ...(a.symmetric ? {} : { 'marker-end': `url(#arrow-${a.type})` }),
      });
      path.ele('title').txt(edgeTitle(graph, s, t, a));
      labels.push({ type: a.type, at: middle });
    });
  }
  return labels;
}

/** The type of each fact at the middle of its curve, in its colour, over a white halo. */
function drawEdgeLabels(g: El, labels: ReadonlyArray<{ type: string; at: Point }>): void {
  for (const { type, at } of labels)
    g.ele('text', {
      class: `edge-label ${type}`,
      x: f(at.x),
      y: f(at.y + 3),
      'text-anchor': 'middle',
      fill: edgeColor(type),
      stroke: '#FFFFFF',
      'stroke-width': '2.5',
      'paint-order': 'stroke',
    }).txt(type);
}

/** A quadratic curve from edge to edge of the two circles, bent sideways by `bend` pixels. */
function curve(from: Point, to: Point, bend: number, r1: number, r2: number): Curve {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const len = Math.hypot(dx, dy) || 1;
  const c = {
    x: (from.x + to.x) / 2 - (dy / len) * bend,
    y: (from.y + to.y) / 2 + (dx / len) * bend,
  };
  const shorten = (p: Point, toward: Point, r: number): Point => {
    const l = Math.hypot(toward.x - p.x, toward.y - p.y) || 1;
    return { x: p.x + ((toward.x - p.x) / l) * r, y: p.y + ((toward.y - p.y) / l) * r };
  };
  const a = shorten(from, c, r1);
  const b = shorten(to, c, r2 + 2);
  return {
    d: `M ${f(a.x)} ${f(a.y)} Q ${f(c.x)} ${f(c.y)} ${f(b.x)} ${f(b.y)}`,
    middle: { x: 0.25 * a.x + 0.5 * c.x + 0.25 * b.x, y: 0.25 * a.y + 0.5 * c.y + 0.25 * b.y },
  };
}

function edgeTitle(graph: FactGraph, s: string, t: string, a: PictureEdge): string {
  const name = (n: string): string => graph.getNodeAttribute(n, 'entity').name;
  const n = a.articles.length;
  return `${name(s)} ${a.type} ${name(t)} (${n} article${n === 1 ? '' : 's'})\n${a.sentence}`;
}

function drawNodes(
  g: El,
  graph: FactGraph,
  place: (p: Point | undefined) => Point,
  positions: Map<string, Point>,
): void {
  // Busiest last, so they are drawn on top.
  const order = [...graph.nodes()].sort(
    (x, y) =>
      graph.getNodeAttribute(x, 'articles') - graph.getNodeAttribute(y, 'articles') ||
      (x < y ? -1 : 1),
  );
  for (const node of order) {
    const { entity } = graph.getNodeAttributes(node);
    const style = NODE_STYLES[entity.type];
    const p = place(positions.get(node));
    const r = nodeRadius(entity.type);
    const group = g.ele('g', { class: `node ${entity.type}`, 'data-id': entity.id });
    group
      .ele('title')
      .txt(
        `${entity.name} (${entity.type})${entity.aliases.length > 1 ? `\nalso: ${entity.aliases.filter((x) => x !== entity.name).join(', ')}` : ''}`,
      );
    group.ele('circle', {
      cx: f(p.x),
      cy: f(p.y),
      r: f(r),
      fill: style.color,
      stroke: style.borderColor,
      'stroke-width': '2',
    });
    group
      .ele('text', {
        x: f(p.x),
        y: f(p.y + r + 13),
        'text-anchor': 'middle',
        'font-size': '12',
        fill: '#2A2C34',
        stroke: '#FFFFFF',
        'stroke-width': '3',
        'paint-order': 'stroke',
      })
      .txt(entity.name);
  }
}
