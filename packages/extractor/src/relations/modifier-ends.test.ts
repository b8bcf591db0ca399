import { describe, expect, it } from 'vitest';
import { analyze } from '../index.js';
import { extractRelations } from './index.js';

// Stance ends that only modify the noun after them (Reuters 1996 sample), and a dictionary verb's
// noun owned by another actor. Sentences written for these tests.

const read = (text: string): string[] =>
  extractRelations(analyze(text, { headline: false }), {})
    .filter((r) => r.type === 'OPPOSES' || r.type === 'SUPPORTS')
    .map((r) => `${r.type} ${r.source} ${r.target}`)
    .sort();

describe('extractRelations: a possessor before a ranking by size', () => {
  it('does not take the state for the ranked company ("Peru\'s largest bank")', () => {
    expect(
      read("Chile sued Banco Andino, alleging that Peru's largest bank broke the law."),
    ).not.toContain('OPPOSES state:CHL state:PER');
    expect(
      read("Chile has sued Andean Air, alleging that Peru's No 1 airline broke the rules."),
    ).not.toContain('OPPOSES state:CHL state:PER');
  });

  it('keeps a possessor before a representative head ("Peru\'s top diplomat")', () => {
    expect(read("Peru's top diplomat criticised Chile on Monday.")).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
  });
});

describe('extractRelations: a name after "former" before a noun', () => {
  it('does not take the state for the noun ("the former Soviet republic")', () => {
    expect(read('Chile pledged aid to the former Soviet republic on Monday.')).toEqual([]);
  });

  it('keeps the name without "former" ("pledged aid to Peru")', () => {
    expect(read('Chile pledged aid to Peru on Monday.')).toEqual(['SUPPORTS state:CHL state:PER']);
  });
});

describe('extractRelations: a dictionary verb whose noun another actor owns', () => {
  it('gives "expressed Y\'s support" no disapproval of Y', () => {
    expect(read("The envoy Tomas Reyes expressed Chile's support for the government.")).toEqual([]);
  });

  it("keeps the verb's own sense when the owned noun would not change it", () => {
    expect(read("Chile praised Peru's decision to join.")).toEqual([
      'SUPPORTS state:CHL state:PER',
    ]);
    expect(read('Chile expressed support for Peru.')).toEqual(['SUPPORTS state:CHL state:PER']);
  });
});
