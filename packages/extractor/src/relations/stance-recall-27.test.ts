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

describe('extractRelations: the owner of a settled intention takes its infinitive stance', () => {
  it('reads "X\'s decision to", "the X decision to" and "its pledge to" as X', () => {
    expect(
      stanceTriples("Chile's decision to sanction Peru angered the Dock Union.", [
        chile,
        peru,
        union,
      ]),
    ).toEqual(['OPPOSES state:CHL state:PER']);
    expect(
      stanceTriples('The Chile decision to sanction Peru angered the Dock Union.', [
        chile,
        peru,
        union,
      ]),
    ).toEqual(['OPPOSES state:CHL state:PER']);
    expect(stanceTriples('Chile defended its pledge to support Peru.', [chile, peru])).toEqual([
      'SUPPORTS state:CHL state:PER',
    ]);
  });

  it('reads "her decision to" as the one person before it', () => {
    expect(
      stanceTriples('Mara Quist defended her decision to back Tomas Reyes.', [mara, tomas]),
    ).toEqual(['SUPPORTS person:mara-quist person:tomas-reyes']);
  });

  it("keeps the stance on the decision apart from the decision's own", () => {
    expect(
      stanceTriples("Peru criticised Chile's decision to back the Dock Union.", [
        peru,
        chile,
        union,
      ]),
    ).toEqual(['OPPOSES state:PER state:CHL', 'SUPPORTS state:CHL org:dock-union']);
  });

  it('reads the owner of a call to act as the one who wants it done', () => {
    expect(
      stanceTriples('Mara Quist repeated her call to ban the Dock Union.', [mara, union]),
    ).toEqual(['OPPOSES person:mara-quist org:dock-union']);
    expect(stanceTriples("Chile's appeal to support Peru went unanswered.", [chile, peru])).toEqual(
      ['SUPPORTS state:CHL state:PER'],
    );
    expect(
      stanceTriples("Chile's call not to support Peru went unanswered.", [chile, peru]),
    ).toEqual([]);
  });

  it('gives nothing when denied, planned, asked, supposed or without an owner', () => {
    const read = (text: string): string[] => stanceTriples(text, [chile, peru, union]);
    expect(read("Chile's decision not to sanction Peru angered the Dock Union.")).toEqual([]);
    expect(read("Chile's refusal to back Peru angered the Dock Union.")).toEqual([]);
    expect(read("Chile's plan to sanction Peru angered the Dock Union.")).toEqual([]);
    expect(read("Was Chile's decision to sanction Peru a mistake?")).toEqual([]);
    expect(read("If Chile's decision to sanction Peru stands, the Dock Union will act.")).toEqual(
      [],
    );
    expect(read('The Dock Union questioned the decision to sanction Peru.')).toEqual([]);
    expect(read("Chile's vote to back Peru failed.")).toEqual([]);
    expect(read('Chile pulled out of its agreement to back Peru.')).toEqual([]);
  });
});
