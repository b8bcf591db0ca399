import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

const typed = (text: string): string[] => body(text).entities.map((e) => `${e.type} ${e.name}`);

describe('orgNounBodies and asBody', () => {
  it('reads a name that a given name opens, before a noun for a kind of body, as the body', () => {
    expect(typed('The Grace Workers party won four seats.')).toEqual([
      'Organization Grace Workers',
    ]);
    expect(typed('Supporters of the Grace Tenants movement marched.')).toEqual([
      'Organization Grace Tenants',
    ]);
  });

  it('keeps a person as the modifier where the surname is a listed one', () => {
    expect(typed('The Ana Sanders movement grew quickly.')).toEqual(['Person Ana Sanders']);
  });

  it('keeps a person as the modifier where the article names them as one', () => {
    expect(typed('Ana Kessling said she would run. The Ana Kessling movement grew.')).toEqual([
      'Person Ana Kessling',
    ]);
  });

  it('leaves a person before a noun that names no body', () => {
    expect(typed('The Ana Kessling era ended.')).toEqual(['Person Ana Kessling']);
  });

  it('reads the name as the body elsewhere in the article too', () => {
    expect(typed('The Grace Tenants movement grew. Grace Tenants organizers marched.')).toEqual([
      'Organization Grace Tenants',
    ]);
  });

  it('takes a speech verb after the name and an article for a body speaking', () => {
    expect(
      typed('The Rose Tenants party won. Then the Rose Tenants said they would join.'),
    ).toEqual(['Organization Rose Tenants']);
  });
});
