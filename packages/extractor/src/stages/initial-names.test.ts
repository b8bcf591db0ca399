import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

function people(text: string): string[] {
  return body(text)
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);
}

describe('initialNameAllows', () => {
  it('takes a lone unseen name opening a sentence before a speech verb for a person', () => {
    expect(people('Quist said the deal was dead.')).toEqual(['Quist']);
    expect(people('Okonjo told reporters that the deal was dead.')).toEqual(['Okonjo']);
  });

  it('leaves common nouns, plurals and other kinds of name before a speech verb alone', () => {
    expect(people('Research suggests the plan would fail.')).toEqual([]);
    expect(people('History warns that the plan would fail.')).toEqual([]);
    expect(people('Analysts said the deal was dead.')).toEqual([]);
    expect(people('Microsoft said the deal was dead.')).toEqual([]);
    expect(people('Brussels said the deal was dead.')).toEqual([]);
  });

  it('leaves a lone name opening a sentence before an auxiliary to the tagger alone', () => {
    // (A noun only people are after the copula is evidence of its own: stages/stance-actors.ts.)
    expect(people('Okonjo has been active in the ministry for years.')).toEqual([]);
    expect(people('Voting has begun in the capital.')).toEqual([]);
  });

  it('takes a listed surname in -s opening a sentence before a verb of people for a person', () => {
    expect(people('Walters blasted the proposal.')).toEqual(['Walters']);
    expect(people('Edwards blasted the plan on Tuesday.')).toEqual(['Edwards']);
  });

  it('leaves a word in -s alone where news or the article writes it in lower case', () => {
    expect(people('Analysts ripped the proposal over its cost.')).toEqual([]);
    expect(people('Hunters left the woods at dawn. Woods blasted the noise.')).toEqual([]);
  });
});
