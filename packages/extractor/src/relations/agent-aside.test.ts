import { describe, expect, it } from 'vitest';
import { relationsOf } from './test-roles.js';

// A passive participle with its agent, as an aside or opening the sentence (issue 10).

const stances = (sentence: string): string[] => relationsOf(sentence, ['OPPOSES', 'SUPPORTS']);

describe('"X, backed by Y, criticised Z"', () => {
  it('reads past the aside to the subject, and the agent backs it', () => {
    expect(stances('Poland, backed by the United States, criticised Russia.')).toEqual([
      'OPPOSES state:POL state:RUS',
      'SUPPORTS state:USA state:POL',
    ]);
  });

  it('gives the fronted participle to the subject after the comma', () => {
    expect(stances('Backed by the United States, Poland criticised Russia.')).toEqual([
      'OPPOSES state:POL state:RUS',
      'SUPPORTS state:USA state:POL',
    ]);
    expect(stances('Criticised by the United States, Poland withdrew.')).toEqual([
      'OPPOSES state:USA state:POL',
    ]);
  });

  it('gives nothing to an agent that is no actor or only owns the agent', () => {
    expect(stances('Backed by strong growth, Poland criticised Russia.')).toEqual([
      'OPPOSES state:POL state:RUS',
    ]);
    expect(stances("Backed by Germany's growth, Poland criticised Russia.")).toEqual([
      'OPPOSES state:POL state:RUS',
    ]);
  });
});
