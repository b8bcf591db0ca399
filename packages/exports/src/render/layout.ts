import { createRequire } from 'node:module';
import { MultiGraph } from 'graphology';
import type { FactGraph } from './fact-graph.js';
import { seededRandom } from './seeded-random.js';

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
  /** ForceAtlas2 passes after the seeded start (default 500). */
  iterations?: number;
  /** Seed of the starting positions (default 1): another seed, another (equally stable) picture. */
  seed?: number;
}

/**
 * Seeded random starting positions in id order, then ForceAtlas2 (no randomness of its own): the
 * same graph always gets the same picture. Linear attraction with strong repulsion puts linked
 * nodes near each other and clusters apart, so a few hundred nodes still read (the 500-node test);
 * Barnes-Hut keeps big graphs fast.
 * Returned in the unit square, so the caller picks the scale.
 */
export function layoutGraph(graph: FactGraph, options: LayoutOptions = {}): Map<string, Point> {
  const g = new MultiGraph<{ x: number; y: number }>();
  const random = seededRandom(options.seed ?? 1);
  const spread = Math.sqrt(graph.order) * 10;
  for (const node of [...graph.nodes()].sort())
    g.addNode(node, { x: (random() - 0.5) * spread, y: (random() - 0.5) * spread });
  graph.forEachEdge((_edge, _a, source, target) => {
    if (source !== target) g.addEdge(source, target);
  });
  if (g.size > 0) {
    const settings = {
      ...forceAtlas2.inferSettings(g),
      gravity: 1,
      scalingRatio: 10,
      barnesHutOptimize: g.order > 250,
    };
    const iterations = options.iterations ?? 500;
    forceAtlas2.assign(g, { iterations, settings });
  }
  const positions = new Map<string, Point>();
  g.forEachNode((node, a) => positions.set(node, { x: a.x, y: a.y }));
  return normalise(positions);
}

function normalise(points: Map<string, Point>): Map<string, Point> {
  if (points.size === 0) return points;
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of points.values()) {
    [minX, minY] = [Math.min(minX, p.x), Math.min(minY, p.y)];
    [maxX, maxY] = [Math.max(maxX, p.x), Math.max(maxY, p.y)];
  }
  const span = Math.max(maxX - minX, maxY - minY) || 1;
  const out = new Map<string, Point>();
  for (const [key, p] of points) out.set(key, { x: (p.x - minX) / span, y: (p.y - minY) / span });
  return out;
}
