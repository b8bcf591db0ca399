import { describe, expect, it } from 'vitest';
import { ORGS, STATES, type EntitySpec } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

// Stance recall on constructions of news English seen missed on unseen text (issue 10, stop 27),
// tested on sentences written for these tests.

const { chile, peru } = STATES;
const mara = personSpec('mara-quist', 'Mara Quist', 'Quist');
const tomas = personSpec('tomas-reyes', 'Tomas Reyes', 'Reyes');
const union: EntitySpec = { id: 'org:dock-union', type: 'Organization', names: ['Dock Union'] };
const { eu } = ORGS;

describe('extractRelations: a pronoun after "said <adjunct> that" is the speaker', () => {
  it('reads a time, a place or a medium between the verb and "that"', () => {
    expect(
      stanceTriples('Mara Quist said on Monday that she supports Tomas Reyes.', [mara, tomas]),
    ).toEqual(['SUPPORTS person:mara-quist person:tomas-reyes']);
    expect(
      stanceTriples('Mara Quist said on Twitter that she was backing Tomas Reyes.', [mara, tomas]),
    ).toEqual(['SUPPORTS person:mara-quist person:tomas-reyes']);
    expect(
      stanceTriples('Mara Quist said Thursday during a visit to Chile that she condemned Peru.', [
        mara,
        chile,
        peru,
      ]),
    ).toEqual(['OPPOSES person:mara-quist state:PER']);
  });

  it('reads "it" as a body and "told reporters" as the speech verb', () => {
    expect(
      stanceTriples('The Dock Union said in a statement that it backed Tomas Reyes.', [
        union,
        tomas,
      ]),
    ).toEqual(['SUPPORTS org:dock-union person:tomas-reyes']);
    expect(
      stanceTriples('Chile told reporters on Friday that it was condemning Peru.', [chile, peru]),
    ).toEqual(['OPPOSES state:CHL state:PER']);
  });

  it('gives nothing when negated, modal or asked', () => {
    expect(
      stanceTriples('Mara Quist said on Monday that she does not support Tomas Reyes.', [
        mara,
        tomas,
      ]),
    ).toEqual([]);
    expect(
      stanceTriples('Mara Quist said on Monday that she might criticise Peru.', [mara, peru]),
    ).toEqual([]);
    expect(
      stanceTriples('Did Mara Quist say on Monday that she backed Tomas Reyes?', [mara, tomas]),
    ).toEqual([]);
  });

  it('does not read the pronoun across a named addressee or a kind it cannot be', () => {
    expect(
      stanceTriples('Mara Quist told Tomas Reyes on Monday that he had criticised Peru.', [
        mara,
        tomas,
        peru,
      ]),
    ).toEqual([]);
    expect(
      stanceTriples('The European Union said on Monday that she had criticised Peru.', [eu, peru]),
    ).toEqual([]);
    expect(
      stanceTriples('Mara Quist said the union that she founded criticised Peru.', [mara, peru]),
    ).toEqual([]);
  });
});
