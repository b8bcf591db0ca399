import { DOMParser } from '@xmldom/xmldom';
import { NODE_STYLES, RELATIONSHIP_COLORS } from '@newsgraph/graph-schema';
import { describe, expect, it } from 'vitest';
import { mergeDocuments } from '../export/merge-documents.js';
import { twoDocuments } from '../export/test-fixtures.js';
import { factGraph } from './fact-graph.js';
import { layoutGraph } from './layout.js';
import { starsGraph } from './picture-fixtures.js';
import { renderGraph, renderMergedGraph } from './render-graph.js';

const parse = (xml: string) =>
  new DOMParser({
    onError: (level, msg) => {
      throw new Error(`${level}: ${msg}`);
    },
  }).parseFromString(xml, 'image/svg+xml');

const edgesOf = (doc: ReturnType<typeof parse>) =>
  Array.from(doc.getElementsByTagName('path')).filter((p) =>
    (p.getAttribute('class') ?? '').startsWith('edge'),
  );

describe('renderGraph', () => {
  const svg = renderGraph(twoDocuments(), { format: 'svg', isolated: true });
  const doc = parse(svg);

  it('draws an SVG that parses as XML, with one circle per entity when asked for all', () => {
    expect(doc.documentElement?.tagName).toBe('svg');
    expect(doc.getElementsByTagName('circle')).toHaveLength(6);
  });

  it('leaves out entities that take part in no fact by default', () => {
    const merged = mergeDocuments(twoDocuments());
    const inFacts = new Set(merged.facts.flatMap((f) => [f.source, f.target]));
    expect(inFacts.size).toBeLessThan(merged.entities.length);
    const shown = parse(renderGraph(twoDocuments(), { format: 'svg' }));
    const ids = Array.from(shown.getElementsByTagName('g'))
      .map((g) => g.getAttribute('data-id'))
      .filter((id) => id !== null && id !== '');
    expect(new Set(ids)).toEqual(inFacts);
  });

  it('colours nodes from graph-schema NODE_STYLES and labels them with names', () => {
    const fills = Array.from(doc.getElementsByTagName('circle')).map((c) => c.getAttribute('fill'));
    expect(fills.filter((c) => c === NODE_STYLES.State.color)).toHaveLength(3);
    expect(fills).toContain(NODE_STYLES.Person.color);
    expect(fills).toContain(NODE_STYLES.Organization.color);
    const labels = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent);
    expect(labels).toEqual(
      expect.arrayContaining(['France', 'United States of America', "O'Brien & Co."]),
    );
  });

  it('draws one arrow per fact, with evidence in a tooltip', () => {
    const edges = edgesOf(doc);
    expect(edges).toHaveLength(4);
    const opposes = edges.find((p) => p.getAttribute('class') === 'edge OPPOSES');
    expect(opposes?.getAttribute('marker-end')).toBe('url(#arrow-OPPOSES)');
    expect(opposes?.textContent).toContain('France criticised the United States.');
  });

  it('labels every edge with its relation type, in the colour of its type', () => {
    const labels = Array.from(doc.getElementsByTagName('text')).filter((t) =>
      (t.getAttribute('class') ?? '').startsWith('edge-label'),
    );
    expect(labels.map((t) => t.textContent).sort()).toEqual(
      edgesOf(doc)
        .map((p) => (p.getAttribute('class') ?? '').split(' ')[1])
        .sort(),
    );
    for (const t of labels)
      expect(t.getAttribute('fill')).toBe(
        RELATIONSHIP_COLORS[t.textContent as keyof typeof RELATIONSHIP_COLORS],
      );
  });

  it('gives each relation type a colour of its own, from graph-schema', () => {
    const colors = Object.values(RELATIONSHIP_COLORS);
    expect(new Set(colors).size).toBe(colors.length);
    const picture = parse(renderMergedGraph(starsGraph(2, 6), { format: 'svg' }));
    const byType = new Map<string, Set<string>>();
    for (const p of edgesOf(picture)) {
      const type = (p.getAttribute('class') ?? '').split(' ')[1] ?? '';
      byType.set(type, (byType.get(type) ?? new Set()).add(p.getAttribute('stroke') ?? ''));
    }
    expect(byType.size).toBe(5);
    for (const [type, strokes] of byType)
      expect([...strokes]).toEqual([RELATIONSHIP_COLORS[type as keyof typeof RELATIONSHIP_COLORS]]);
  });

  it('is the same picture every time', () => {
    expect(renderGraph(twoDocuments().reverse(), { format: 'svg', isolated: true })).toBe(svg);
  });

  it('makes a self-contained HTML page with the SVG and a legend', () => {
    const html = renderGraph(twoDocuments(), { format: 'html', title: 'A <test>', isolated: true });
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<title>A &#60;test&#62;</title>');
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)=/);
    const inline =
      /<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
    expect(parse(inline).getElementsByTagName('circle')).toHaveLength(6);
    expect(html).toContain('class="legend"');
    expect(html).toMatch(/<li><svg[^>]*>.*?<\/svg>ALLIED_WITH<\/li>/);
  });

  it('says in the HTML subtitle how many entities with no fact it left out', () => {
    const html = renderMergedGraph(starsGraph(2, 3, 4), { format: 'html' });
    expect(html).toContain('6 entities, 5 facts (4 entities with no fact not shown)');
  });
});

describe('layoutGraph', () => {
  it('spreads 500 nodes without overlaps and keeps linked nodes near each other', () => {
    const graph = factGraph(starsGraph(25, 20));
    expect(graph.order).toBe(500);
    const positions = layoutGraph(graph);
    const points = [...positions.values()];
    // The SVG is sqrt(order) * 160 pixels wide; two circles of radius 12.5 overlap within 25.
    const pixel = 1 / (Math.sqrt(graph.order) * 160);
    const nearest = points.map((a) =>
      Math.min(...points.filter((b) => b !== a).map((b) => Math.hypot(a.x - b.x, a.y - b.y))),
    );
    expect(Math.min(...nearest)).toBeGreaterThan(25 * pixel);
    let linked = 0;
    graph.forEachEdge((_e, _a, s, t) => {
      const [a, b] = [positions.get(s), positions.get(t)];
      if (a && b) linked += Math.hypot(a.x - b.x, a.y - b.y) / graph.size;
    });
    let any = 0;
    for (let i = 0; i < points.length; i++) {
      const [a, b] = [points[i], points[(i * 7 + 250) % points.length]];
      if (a && b) any += Math.hypot(a.x - b.x, a.y - b.y) / points.length;
    }
    expect(linked).toBeLessThan(any / 2);
  }, 60_000);

  it('starts from seeded positions: the same layout for the same graph, another for another seed', () => {
    const graph = factGraph(starsGraph(3, 4));
    const once = layoutGraph(graph, { iterations: 20 });
    expect(layoutGraph(graph, { iterations: 20 })).toEqual(once);
    expect(layoutGraph(graph, { iterations: 20, seed: 2 })).not.toEqual(once);
  });
});
