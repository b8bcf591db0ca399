import { describe, expect, it } from 'vitest';
import { analyze } from '../index.js';
import { extractRelations } from './index.js';
import { ORGS, STATES } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

// Stance precision on sentences written for these tests: the one a complaint is made to, a
// relative -ing clause inside the object, a feeling moved by an owned event, a demonym before a
// criminal group, a thing taken from a rival in play.

const { chile, peru, brazil } = STATES;
const { un } = ORGS;
const mara = personSpec('mara-quist', 'Mara Quist', 'Quist');
const tomas = personSpec('tomas-reyes', 'Tomas Reyes', 'Reyes');

/** Stances read from the full pipeline, where a demonym is marked as one. */
function analysedStances(text: string): string[] {
  return extractRelations(analyze(text, { headline: false }), {})
    .filter((r) => r.type === 'OPPOSES' || r.type === 'SUPPORTS')
    .map((r) => `${r.type} ${r.source} ${r.target}`)
    .sort();
}

describe('extractRelations: the one a complaint is addressed to is not its target', () => {
  it('reads the actor after "about" or "over" as the target', () => {
    expect(stanceTriples('Chile complained to the UN about Peru.', [chile, peru, un])).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
    expect(stanceTriples('Chile protested to Brazil over Peru.', [chile, peru, brazil])).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
  });

  it('gives nothing for an addressee alone', () => {
    expect(stanceTriples('Chile complained to the UN on Monday.', [chile, un])).toEqual([]);
  });

  it('keeps a cue whose own "to" takes the target ("objected to")', () => {
    expect(stanceTriples("Chile objected to Peru's plan.", [chile, peru])).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
  });
});

describe('extractRelations: a stance verb in -ing after a noun of the object heads a relative', () => {
  it("does not read its object as the outer cue's target", () => {
    expect(
      stanceTriples('Mara Quist praised the campaign targeting Tomas Reyes.', [mara, tomas]),
    ).toEqual([]);
    expect(
      stanceTriples('Mara Quist criticised laws targeting Tomas Reyes.', [mara, tomas]),
    ).toEqual([]);
  });

  it('does not make the one who judges the carrier its issuer ("critical of")', () => {
    expect(
      stanceTriples('Mara Quist was critical of the campaign targeting Tomas Reyes.', [
        mara,
        tomas,
      ]),
    ).toEqual([]);
  });

  it('keeps the issuer of the carrier ("launched a campaign targeting Y")', () => {
    expect(
      stanceTriples('Mara Quist launched a campaign targeting Tomas Reyes.', [mara, tomas]),
    ).toEqual(['OPPOSES person:mara-quist person:tomas-reyes']);
  });
});

describe('extractRelations: a passive feeling moved by an owned event', () => {
  it('gives no stance for "was encouraged by Y\'s announcement"', () => {
    expect(
      stanceTriples("Mara Quist was encouraged by Tomas Reyes's announcement.", [mara, tomas]),
    ).toEqual([]);
  });

  it('keeps a person as the agent ("was encouraged by Y")', () => {
    expect(stanceTriples('Mara Quist was encouraged by Tomas Reyes.', [mara, tomas])).toEqual([
      'SUPPORTS person:tomas-reyes person:mara-quist',
    ]);
  });

  it('keeps a verb that acts on the subject ("was criticised by Y\'s party")', () => {
    expect(
      stanceTriples("Mara Quist was criticised by Tomas Reyes's party.", [mara, tomas]),
    ).toEqual(['OPPOSES person:tomas-reyes person:mara-quist']);
  });
});

describe('extractRelations: a demonym before a criminal group is not the state', () => {
  it('gives no stance on the state', () => {
    expect(analysedStances('Chile seized the port from a Peruvian cartel.')).toEqual([]);
    expect(analysedStances('Chile criticised Peruvian drug gangs.')).toEqual([]);
  });

  it('keeps a head that acts for the state', () => {
    expect(analysedStances('Chile criticised the Peruvian government.')).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
  });
});

describe('extractRelations: a thing of play taken from a rival', () => {
  it('gives no stance for "seized the ball from Y"', () => {
    expect(stanceTriples('Mara Quist seized the ball from Tomas Reyes.', [mara, tomas])).toEqual(
      [],
    );
  });

  it('keeps territory taken from a state', () => {
    expect(stanceTriples('Chile seized the port from Peru.', [chile, peru])).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
  });
});
