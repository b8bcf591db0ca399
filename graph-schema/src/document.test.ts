import { describe, expect, it } from 'vitest';
import { GraphDocumentSchema } from './document.js';
import { describeError, NewsgraphError } from './errors.js';
import { sampleDocument } from './test-fixtures.js';
import { parseGraphDocument } from './validate.js';

describe('GraphDocumentSchema', () => {
  it('accepts a well-formed document', () => {
    expect(GraphDocumentSchema.safeParse(sampleDocument()).success).toBe(true);
  });

  it('rejects a relation pointing at an undeclared entity', () => {
    const doc = sampleDocument();
    doc.relations[0]!.target = 'state:DEU';
    expect(() => parseGraphDocument(doc, 'x.json')).toThrow(
      expect.objectContaining({
        where: 'x.json',
        message: expect.stringMatching(/relations\[0\]\.target: unknown entity state:DEU/),
      }),
    );
  });

  it('rejects endpoints the relationship type does not allow', () => {
    const doc = sampleDocument();
    doc.relations.push({ ...doc.relations[0]!, type: 'REPRESENTS', source: 'state:FRA' });
    expect(() => parseGraphDocument(doc)).toThrow(/REPRESENTS does not allow a State as source/);
  });

  it('rejects a relationship type outside the allow-list', () => {
    const doc = sampleDocument() as unknown as { relations: { type: string }[] };
    doc.relations[0]!.type = 'OPPOSES]->() DETACH DELETE (n) //';
    expect(() => parseGraphDocument(doc)).toThrow(NewsgraphError);
  });

  it('rejects an entity label outside the allow-list', () => {
    const doc = sampleDocument() as unknown as { entities: { type: string }[] };
    doc.entities[0]!.type = 'Admin';
    expect(() => parseGraphDocument(doc)).toThrow(/entities\[0\]\.type/);
  });

  it('rejects duplicate entity ids', () => {
    const doc = sampleDocument();
    doc.entities.push({ ...doc.entities[0]! });
    expect(() => parseGraphDocument(doc)).toThrow(/duplicate entity id state:FRA/);
  });

  it('requires QUOTES to start at the article and carry text', () => {
    const doc = sampleDocument();
    doc.relations[1]!.source = 'other';
    expect(() => parseGraphDocument(doc)).toThrow(/QUOTES must start at the article id/);
    const noText = sampleDocument();
    noText.relations[1]!.properties = {};
    expect(() => parseGraphDocument(noText)).toThrow(/invalid properties for QUOTES/);
  });

  it('names the field and says the error in one line', () => {
    try {
      parseGraphDocument({ schemaVersion: 1 }, 'dir/a.json');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(NewsgraphError);
      const e = error as NewsgraphError;
      expect(e.code).toBe('SCHEMA_VIOLATION');
      expect(e.message).not.toContain('\n');
      expect(e.message).toMatch(/^not a graph document: generator:/);
      expect(describeError(e)).toMatch(/^dir\/a\.json: not a graph document: generator:/);
    }
  });
});
