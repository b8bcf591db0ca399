import { describe, expect, it } from 'vitest';
import { analyze } from '../index.js';
import { extractRelations } from './index.js';

// Stance precision on wire news (Reuters 1996 sample): a verb cue that the words around it show to
// be an adjective or a noun. Sentences written for these tests.

const read = (text: string): string[] =>
  extractRelations(analyze(text, { headline: false }), {})
    .filter((r) => r.type === 'OPPOSES' || r.type === 'SUPPORTS')
    .map((r) => `${r.type} ${r.source} ${r.target}`)
    .sort();

describe('extractRelations: a participle used as an adjective', () => {
  it('reads a participle after a possessive as describing the noun ("Chile\'s exiled Hutus")', () => {
    expect(read("Peru says it has the support of Chile's exiled Hutus.")).toEqual([]);
  });

  it('reads a participle after a passive\'s "by" as opening the agent\'s noun phrase', () => {
    expect(
      read('Peru estimates 5,000 Peruvians were killed by invading Chilean troops in 1880.'),
    ).toEqual([]);
  });

  it('keeps a gerund after another preposition or an active verb\'s "by"', () => {
    expect(read('Chile was punished for invading Peru in 1880.')).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
    expect(read('Chile responded by attacking Peru.')).toEqual(['OPPOSES state:CHL state:PER']);
  });

  it('reads "want Y ousted" as what is done to Y, not Y ousting anyone', () => {
    expect(read('Protesters want Tomas Reyes ousted for the Peru deal.')).toEqual([]);
  });
});

describe('extractRelations: a bare verb form that is a noun', () => {
  it('reads a bare form after a singular demonym as a noun ("Chilean riot police")', () => {
    expect(read('Chilean riot police made Nazi salutes at a party, the ministry said.')).toEqual(
      [],
    );
    expect(read('Two Peruvian guards taken to Chile by the rebels came home.')).toEqual([]);
  });

  it("reads a bare form followed by an auxiliary as the subject's noun", () => {
    expect(read('Three Hamas guards were taken to Israel on Monday.')).toEqual([]);
    expect(read('The Chilean guards were taken to Peru on Monday.')).toEqual([]);
  });

  it('keeps a bare verb after a full name ("Chile backs Peru")', () => {
    expect(read('Chile backs Peru in the dispute.')).toEqual(['SUPPORTS state:CHL state:PER']);
  });
});
