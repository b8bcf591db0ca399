import { DOMParser } from '@xmldom/xmldom';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { toGexf } from './gexf.js';
import { toGraphml } from './graphml.js';
import { toGraphologyJson } from './graphology-json.js';
import { mergeDocuments } from './merge-documents.js';
import { twoDocuments } from './test-fixtures.js';
import { articleKey, toGraphology } from './to-graphology.js';

const graph = () => toGraphology(mergeDocuments(twoDocuments()));

describe('toGraphology', () => {
  it('has a node per article and entity and an edge per mention, quote and fact', () => {
    const g = graph();
    expect(g.order).toBe(2 + 6);
    expect(g.size).toBe(9 + 2 + 4);
    expect(g.getNodeAttributes('state:FRA')).toMatchObject({
      labels: ['Entity', 'State'],
      name: 'France',
      aliases: ['France', 'French'],
    });
    expect(g.getNodeAttributes(articleKey('a1'))).toMatchObject({
      labels: ['Article'],
      id: 'a1',
      wordCount: 17,
    });
  });
});

describe('toGraphml', () => {
  it('declares a typed key for every attribute and parses back to the same graph', () => {
    const xml = toGraphml(graph());
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    const keys = Array.from(doc.getElementsByTagName('key')).map(
      (k) =>
        `${k.getAttribute('for')}:${k.getAttribute('attr.name')}:${k.getAttribute('attr.type')}`,
    );
    expect(keys).toEqual(
      expect.arrayContaining([
        'node:labels:string',
        'node:wordCount:long',
        'node:iso3:string',
        'edge:label:string',
        'edge:confidence:double',
        'edge:start:long',
      ]),
    );
    const back = parseGraphml(MultiDirectedGraph, xml);
    expect(back.order).toBe(8);
    expect(back.size).toBe(15);
    expect(back.getNodeAttributes('org:obrien-co')).toMatchObject({
      labels: ':Entity:Organization',
      name: "O'Brien & Co.",
    });
    expect(JSON.parse(String(back.getNodeAttribute('org:obrien-co', 'aliases')))).toEqual([
      "O'Brien & Co.",
      'OB;C',
    ]);
    const quote = back.findEdge((_, a) => a.label === 'QUOTES' && a.articleId === 'a2');
    expect(quote && back.getEdgeAttribute(quote, 'text')).toBe("It's a \\ test,\n she said");
    expect(back.getNodeAttribute(articleKey('a1'), 'wordCount')).toBe(17);
  });
});

describe('toGexf', () => {
  it('writes GEXF 1.3 with style colours that parses back', () => {
    const xml = toGexf(graph());
    expect(xml).toContain('version="1.3"');
    expect(xml).toContain('#D9534F');
    const back = parseGexf(MultiDirectedGraph, xml);
    expect(back.order).toBe(8);
    expect(back.size).toBe(15);
    expect(back.getNodeAttribute('state:USA', 'label')).toBe('United States of America');
  });
});

describe('toGraphologyJson', () => {
  it('is graphology serialisation that MultiDirectedGraph.from restores', () => {
    const back = MultiDirectedGraph.from(
      JSON.parse(toGraphologyJson(graph())) as ReturnType<MultiDirectedGraph['export']>,
    );
    expect(back.multi).toBe(true);
    expect(back.order).toBe(8);
    expect(back.getNodeAttribute('state:FRA', 'aliases')).toEqual(['France', 'French']);
  });
});
