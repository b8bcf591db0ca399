import { DOMParser } from '@xmldom/xmldom';
import { NODE_STYLES } from '@newsgraph/graph-schema';
import { describe, expect, it } from 'vitest';
import { twoDocuments } from '../export/test-fixtures.js';
import { renderGraph } from './render-graph.js';

const parse = (xml: string) =>
  new DOMParser({
    onError: (level, msg) => {
      throw new Error(`${level}: ${msg}`);
    },
  }).parseFromString(xml, 'image/svg+xml');

describe('renderGraph', () => {
  const svg = renderGraph(twoDocuments(), { format: 'svg' });
  const doc = parse(svg);

  it('draws an SVG that parses as XML, with one circle per entity', () => {
    expect(doc.documentElement?.tagName).toBe('svg');
    expect(doc.getElementsByTagName('circle')).toHaveLength(6);
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
    const edges = Array.from(doc.getElementsByTagName('path')).filter((p) =>
      (p.getAttribute('class') ?? '').startsWith('edge'),
    );
    expect(edges).toHaveLength(4);
    const opposes = edges.find((p) => p.getAttribute('class') === 'edge OPPOSES');
    expect(opposes?.getAttribute('marker-end')).toBe('url(#arrow-OPPOSES)');
    expect(opposes?.textContent).toContain('France criticised the United States.');
  });

  it('is the same picture every time', () => {
    expect(renderGraph(twoDocuments().reverse(), { format: 'svg' })).toBe(svg);
  });

  it('makes a self-contained HTML page with the SVG and a legend', () => {
    const html = renderGraph(twoDocuments(), { format: 'html', title: 'A <test>' });
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<title>A &#60;test&#62;</title>');
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)=/);
    const inline =
      /<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
    expect(parse(inline).getElementsByTagName('circle')).toHaveLength(6);
    expect(html).toContain('class="legend"');
    expect(html).toMatch(/<li><svg[^>]*>.*?<\/svg>ALLIED_WITH<\/li>/);
  });
});
