import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';
import { modifierAllows } from './attributive-names.js';

function people(text: string): string[] {
  return body(text)
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);
}

describe('attributiveName', () => {
  it("takes a listed name before a noun of a person's followers or body for a person", () => {
    expect(people('Several Okafor supporters gathered outside the court.')).toEqual(['Okafor']);
    expect(people('The senator has long been a vocal Okafor critic.')).toEqual(['Okafor']);
    expect(people('On Monday the Halvorsen campaign released a new advertisement.')).toEqual([
      'Halvorsen',
    ]);
  });

  it('takes no given name, unlisted word or part of a longer name for a person', () => {
    expect(people('The Chelsea supporters sang through the second half.')).toEqual([]);
    expect(people('The Quorvlex campaign was a success with buyers.')).toEqual([]);
    expect(people('Several Green Okafor supporters gathered outside.')).not.toContain('Okafor');
  });

  it('takes no listed name before a noun that is not on the list', () => {
    expect(people('The Okafor products sold well in the autumn.')).toEqual([]);
  });
});

describe('modifierAllows', () => {
  it('lets a MISC or weak reading stand and vetoes a sure place, body or non-name', () => {
    expect(modifierAllows({ tag: 'B-MISC', margin: 900 })).toBe(true);
    expect(modifierAllows({ tag: 'O', margin: 500 })).toBe(true);
    expect(modifierAllows({ tag: 'B-ORG', margin: 150 })).toBe(true);
    expect(modifierAllows({ tag: 'B-ORG', margin: 250 })).toBe(false);
    expect(modifierAllows({ tag: 'B-LOC', margin: 400 })).toBe(false);
    expect(modifierAllows({ tag: 'O', margin: 1200 })).toBe(false);
  });
});
