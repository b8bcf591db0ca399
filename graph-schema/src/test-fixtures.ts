/**
 * The one builder of graph documents for tests across packages: entities, relations, quotes and
 * whole documents from a few words each, validated as they are built.
 */
import { createHash } from 'node:crypto';
import { GRAPH_DOCUMENT_VERSION, type Article, type Entity, type Relation } from './document.js';
import { describeError } from './errors.js';
import { entityId } from './ids.js';
import type { EntityType } from './labels.js';
import type { DocumentRelationType } from './relationships.js';
import { parseGraphDocument, type ValidGraphDocument } from './validate.js';

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function entity(
  type: EntityType,
  name: string,
  options: {
    key?: string;
    aliases?: string[];
    mentions?: number;
    attributes?: Entity['attributes'];
  } = {},
): Entity {
  const mentions = Array.from({ length: options.mentions ?? 1 }, (_, i) => ({
    start: i * 10,
    end: i * 10 + name.length,
    text: name,
  }));
  return {
    id: entityId(type, options.key ?? name),
    type,
    name,
    aliases: options.aliases ?? [name],
    mentions,
    ...(options.attributes ? { attributes: options.attributes } : {}),
  };
}

/** A made-up but stable offset for a sentence, so the same fixture always builds the same document. */
function offsetOf(text: string): number {
  let h = 0;
  for (const ch of text) h = (h * 31 + ch.charCodeAt(0)) % 10_000;
  return h;
}

export function relation(
  type: DocumentRelationType,
  source: Entity | string,
  target: Entity,
  sentence: string,
  options: { role?: string; confidence?: number; evidence?: string[] } = {},
): Relation {
  const texts = options.evidence ?? [sentence];
  const evidence = texts.map((text) => {
    const start = offsetOf(text);
    return { start, end: start + text.length, text };
  });
  const properties: Record<string, string> =
    type === 'QUOTES' ? { text: sentence } : options.role ? { role: options.role } : {};
  return {
    type,
    source: typeof source === 'string' ? source : source.id,
    target: target.id,
    properties,
    evidence,
    confidence: options.confidence ?? 0.8,
  };
}

export interface DocSpec {
  entities: Entity[];
  /** Relations; QUOTES take the article id from `quote()`. */
  relations?: (Relation | ((articleId: string) => Relation))[];
  /** Stands for the article text: a different text means a different contentHash. */
  text?: string;
  title?: string;
  version?: string;
  /** Article fields that replace the defaults; an undefined value removes the field. */
  article?: Partial<Record<keyof Article, string | number | undefined>>;
}

/** A document from the spec, validated as the loader takes them (a bad spec throws). */
export function doc(id: string, spec: DocSpec): ValidGraphDocument {
  const text = spec.text ?? `text of ${id}`;
  const article = {
    id,
    title: spec.title ?? `Title of ${id}`,
    source: 'Fixture News',
    url: `https://example.org/${id}`,
    publishedAt: '2019-02-13T10:00:00Z',
    wordCount: text.split(/\s+/).length,
    contentHash: sha256(text),
    ...spec.article,
  };
  return parseGraphDocument({
    schemaVersion: GRAPH_DOCUMENT_VERSION,
    generator: { name: 'fixtures', version: spec.version ?? '1.0.0' },
    article: Object.fromEntries(Object.entries(article).filter(([, v]) => v !== undefined)),
    entities: spec.entities,
    relations: (spec.relations ?? []).map((r) => (typeof r === 'function' ? r(id) : r)),
  });
}

export function quote(speaker: Entity, text: string): (articleId: string) => Relation {
  return (articleId) => relation('QUOTES', articleId, speaker, text);
}

/** A small valid graph document for tests across packages. */
export function sampleDocument(): ValidGraphDocument {
  const france = entity('State', 'France', { key: 'FRA' });
  const usa = entity('State', 'United States', { key: 'USA' });
  const dupont = entity('Person', 'Jean Dupont');
  return doc('a1', {
    title: 'Test',
    version: '0.0.0',
    entities: [france, usa, dupont],
    relations: [
      relation('OPPOSES', france, usa, 'France criticised the United States.'),
      quote(dupont, 'We disagree,'),
    ],
  });
}

/** What `fn` throws as people read it ("where: message"); fails when it throws nothing. */
export function describeThrown(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return describeError(error);
  }
  throw new Error('expected a throw');
}
