import { createRequire } from 'node:module';
import { MultiGraph } from 'graphology';
import { circular } from 'graphology-layout';
import type { FactGraph } from './fact-graph.js';

/** The part of graphology-layout-forceatlas2 used here. */
interface ForceAtlas2 {
  assign(
    graph: MultiGraph,
    params: { iterations: number; settings: Record<string, unknown> },
  ): void;
  inferSettings(graph: MultiGraph): Record<string, unknown>;
}

// CommonJS whose typings say `export default`, which NodeNext resolution types as the whole
// module: required instead, and typed by what this file calls.
const forceAtlas2 = createRequire(import.meta.url)('graphology-layout-forceatlas2') as ForceAtlas2;

export interface Point {
  x: number;
  y: number;
}

export interface LayoutOptions {
  /** ForceAtlas2 passes after the circular start (default 300). */
  iterations?: number;
}

/**
 * Positions on a circle in id order, then ForceAtlas2, which has no randomness: the same graph
 * always gets the same picture. Returned in the unit square, so the caller picks the scale.
 */
export function layoutGraph(graph: FactGraph, options: LayoutOptions = {}): Map<string, Point> {
  const g = new MultiGraph<{ x: number; y: number }>();
  for (const node of [...graph.nodes()].sort()) g.addNode(node, { x: 0, y: 0 });
  graph.forEachEdge((_edge, _a, source, target) => {
    if (source !== target) g.addEdge(source, target);
  });
  circular.assign(g, { scale: 100 });
  if (g.size > 0) {
    const settings = {
      ...forceAtlas2.inferSettings(g),
      gravity: 1,
      scalingRatio: 20,
      barnesHutOptimize: false,
    };
    forceAtlas2.assign(g, { iterations: options.iterations ?? 300, settings });
  }
  const positions = new Map<string, Point>();
  g.forEachNode((node, a) => positions.set(node, { x: a.x, y: a.y }));
  return normalise(positions);
}

function normalise(points: Map<string, Point>): Map<string, Point> {
  if (points.size === 0) return points;
  const xs = [...points.values()].map((p) => p.x);
  const ys = [...points.values()].map((p) => p.y);
  const [minX, minY] = [Math.min(...xs), Math.min(...ys)];
  const span = Math.max(Math.max(...xs) - minX, Math.max(...ys) - minY) || 1;
  const out = new Map<string, Point>();
  for (const [key, p] of points) out.set(key, { x: (p.x - minX) / span, y: (p.y - minY) / span });
  return out;
}
