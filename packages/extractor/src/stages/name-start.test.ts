import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

const people = (text: string): string[] =>
  body(text)
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);

describe('nameStart', () => {
  it('leaves out a plural noun for the people around someone that opens the sentence', () => {
    expect(people('Aides to Halvorsen said the plan was dead.')).toEqual(['Halvorsen']);
    expect(people('Advisers to Ana Ruiz said the plan was dead.')).toEqual(['Ana Ruiz']);
    expect(people('Relatives of Ana Ruiz said she was safe.')).toEqual(['Ana Ruiz']);
  });
});
