import { NODE_LABELS, RELATIONSHIP_TYPES } from '@newsgraph/graph-schema';
import { describe, expect, it } from 'vitest';
import {
  allowedAttributeKey,
  allowedLabel,
  allowedRelationshipType,
  findAllowListViolation,
} from './allow-list.js';

describe('allowedLabel / allowedRelationshipType', () => {
  it('pass graph-schema labels and types through', () => {
    for (const label of NODE_LABELS) expect(allowedLabel(label)).toBe(label);
    for (const type of RELATIONSHIP_TYPES) expect(allowedRelationshipType(type)).toBe(type);
  });

  it.each(['Person`) DETACH DELETE n //', 'person', 'User', ''])(
    'refuse the label %j with NOT_ALLOWED',
    (label) => {
      expect(() => allowedLabel(label)).toThrow(expect.objectContaining({ code: 'NOT_ALLOWED' }));
    },
  );

  it.each(['KNOWS', 'OPPOSES]->() DETACH DELETE n //', 'opposes'])(
    'refuse the type %j with NOT_ALLOWED',
    (type) => {
      expect(() => allowedRelationshipType(type)).toThrow(
        expect.objectContaining({ code: 'NOT_ALLOWED' }),
      );
    },
  );
});

describe('findAllowListViolation', () => {
  it('names the first entity type outside the allow-list', () => {
    const value = { entities: [{ type: 'State' }, { type: 'Admin' }] };
    expect(findAllowListViolation(value)).toEqual({
      field: 'entities[1].type',
      message: expect.stringMatching(/entity type "Admin" is not allowed/),
    });
  });

  it('refuses MENTIONS in a document: the loader derives it', () => {
    expect(findAllowListViolation({ relations: [{ type: 'MENTIONS' }] })?.field).toBe(
      'relations[0].type',
    );
  });

  it('leaves odd shapes to the schema', () => {
    expect(findAllowListViolation(null)).toBeUndefined();
    expect(findAllowListViolation({ entities: 'x', relations: [null, 3] })).toBeUndefined();
    expect(findAllowListViolation({ entities: [{ type: 7 }] })).toBeUndefined();
  });
});

describe('allowedAttributeKey', () => {
  it('passes graph-schema’s attribute keys and refuses any other', () => {
    expect(allowedAttributeKey('kind')).toBe('kind');
    expect(() => allowedAttributeKey('secret')).toThrow(/allow-list/);
    expect(() => allowedAttributeKey('kind}) DETACH DELETE e //')).toThrow(/allow-list/);
  });
});
