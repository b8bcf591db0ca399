import { describe, expect, it } from 'vitest';
import { analyze } from '../index.js';
import { extractRelations } from './index.js';

// An agent noun after "N of" names N's holder's stance or role, not the subject's: "the wife of a
// critic of Y". Partitives and superlatives keep the subject among the agents.

function relations(text: string): string[] {
  return extractRelations(analyze(text, { headline: false }), {})
    .filter((r) => r.type !== 'QUOTES')
    .map((r) => `${r.type} ${r.source} ${r.target}`)
    .sort();
}

describe('extractRelations: an agent noun held by another', () => {
  it('gives nothing to the relative, aide or lawyer of an agent', () => {
    expect(relations('Mira Tesh is the wife of a critic of Oskar Lund.')).toEqual([]);
    expect(relations('Mira Tesh, the son of the leader of the Tamor Front, spoke.')).toEqual([]);
    expect(relations('Mira Tesh is the lawyer of a longtime opponent of Oskar Lund.')).toEqual([]);
    expect(relations('Mira Tesh is the daughter of a member of the Tamor Front.')).toEqual([]);
  });

  it('keeps the subject among the agents after a partitive or a superlative', () => {
    expect(relations('Mira Tesh is one of the fiercest critics of Oskar Lund.')).toEqual([
      'OPPOSES person:mira-tesh person:oskar-lund',
    ]);
    expect(relations('Mira Tesh, the most vocal of the critics of Oskar Lund, spoke.')).toEqual([
      'OPPOSES person:mira-tesh person:oskar-lund',
    ]);
    expect(relations('Mira Tesh is a staunch critic of Oskar Lund.')).toEqual([
      'OPPOSES person:mira-tesh person:oskar-lund',
    ]);
  });
});
