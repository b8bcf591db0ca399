import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

function people(text: string): string[] {
  return body(text)
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);
}

describe('a nation’s noun for a person before a name', () => {
  it('leaves the noun outside the name', () => {
    expect(people('Briton Ana Whitcombe won the stage on Sunday.')).toEqual(['Ana Whitcombe']);
    expect(people('Dutchman Jo Vermeltan criticised the ruling.')).toEqual(['Jo Vermeltan']);
  });

  it('keeps a given name that is also such a noun inside the name', () => {
    expect(people('Finn Ardlow criticised the ruling.')).toEqual(['Finn Ardlow']);
  });
});
