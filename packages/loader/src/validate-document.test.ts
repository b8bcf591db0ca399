import { describeError } from '@newsgraph/graph-schema';
import { describe, expect, it } from 'vitest';
import { natoArticle } from '../test/fixtures.js';
import { validateDocument } from './validate-document.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a document to break on purpose
type Loose = any;
const clone = (): Loose => JSON.parse(JSON.stringify(natoArticle()));

/** The error's code, and its message as people see it: "where: message". */
function rejection(value: unknown): { code: string; message: string } {
  try {
    validateDocument(value, 'docs/a.json');
  } catch (error) {
    return { code: (error as { code: string }).code, message: describeError(error) };
  }
  throw new Error('accepted');
}

describe('validateDocument', () => {
  it('returns a valid document', () => {
    expect(validateDocument(clone(), 'docs/a.json').article.id).toBe('article:nato');
  });

  it('rejects an entity label outside the allow-list as NOT_ALLOWED, naming file and field', () => {
    const value = clone();
    value.entities[2].type = 'Person`) DETACH DELETE n //';
    const error = rejection(value);
    expect(error.code).toBe('NOT_ALLOWED');
    expect(error.message).toMatch(
      /^docs\/a\.json: entities\[2\]\.type: entity type .* is not allowed/,
    );
  });

  it('rejects a relationship type outside the allow-list as NOT_ALLOWED', () => {
    const value = clone();
    value.relations[1].type = 'KNOWS';
    expect(rejection(value)).toMatchObject({
      code: 'NOT_ALLOWED',
      message: expect.stringMatching(/relations\[1\]\.type/),
    });
  });

  it('rejects malformed documents as SCHEMA_VIOLATION naming the field', () => {
    const value = clone();
    delete value.article.contentHash;
    expect(rejection(value)).toMatchObject({
      code: 'SCHEMA_VIOLATION',
      message: expect.stringMatching(/docs\/a\.json: .*article\.contentHash/),
    });
    expect(rejection('not json at all')).toMatchObject({ code: 'SCHEMA_VIOLATION' });
  });

  it('rejects a relation to an undeclared entity', () => {
    const value = clone();
    value.relations[0].target = 'state:XXX';
    expect(rejection(value)).toMatchObject({
      code: 'SCHEMA_VIOLATION',
      message: expect.stringMatching(/relations\[0\]\.target: unknown entity/),
    });
  });

  it('rejects an attribute that would overwrite a loader property', () => {
    const value = clone();
    value.entities[0].attributes = { id: 'state:USA' };
    expect(rejection(value)).toMatchObject({
      code: 'SCHEMA_VIOLATION',
      message: expect.stringMatching(/entities\[0\]\.attributes: "id" is reserved/),
    });
  });

  it('rejects an entity whose id prefix belongs to another type', () => {
    const value = clone();
    value.entities[0].type = 'Person';
    expect(rejection(value)).toMatchObject({
      code: 'SCHEMA_VIOLATION',
      message: expect.stringMatching(/entities\[0\]\.id: a Person id must start with "person:"/),
    });
  });
});
