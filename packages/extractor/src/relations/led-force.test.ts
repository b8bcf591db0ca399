import { describe, expect, it } from 'vitest';
import { relationsOf } from './test-roles.js';

// "X-led" forces and campaigns that take a stance (stop 35), on sentences written here.

const stances = (sentence: string): string[] => relationsOf(sentence, ['OPPOSES', 'SUPPORTS']);

describe('ledForce', () => {
  it('gives the leader of an unnamed force against an actor OPPOSES that actor', () => {
    expect(stances('A Peruvian-led coalition against Chile met in Lima on Monday.')).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
    expect(stances('The Peru-led war against Chile has lasted two years.')).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
  });

  it('reads a led force heading a reduced relative', () => {
    expect(stances('Troops from the Peru-led coalition fighting Chile were ambushed.')).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
  });

  it('reads a led force that is the subject of a stance verb', () => {
    expect(stances('The Peruvian-led coalition attacked Chile on Monday.')).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
    expect(stances('The Peru-led military coalition has been fighting Chile since May.')).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
  });

  it('keeps the stance of the one who joined the force', () => {
    expect(stances('Bolivia joined the Peru-led coalition against Chile.')).toEqual([
      'OPPOSES state:BOL state:CHL',
      'OPPOSES state:PER state:CHL',
    ]);
  });

  it('gives nothing for a force only possible, asked about, denied or conditional', () => {
    expect(stances('A possible Peru-led coalition against Chile was discussed.')).toEqual([]);
    expect(stances('Bolivia will not join a Peru-led coalition against Chile.')).toEqual([]);
    expect(stances('Did the Peru-led coalition attack Chile?')).toEqual([]);
    expect(stances('The Peru-led coalition never attacked Chile.')).toEqual([]);
    expect(stances('If the Peru-led force attacked Chile, Bolivia would object.')).toEqual([]);
  });

  it('gives nothing for what someone else says the force did', () => {
    expect(stances('Bolivia said the Peru-led coalition attacked Chile.')).toEqual([]);
    expect(stances('According to Bolivia, the Peru-led coalition bombed Chile.')).toEqual([]);
  });

  it('gives nothing for a passive participle or a thing that is no force', () => {
    expect(stances('The Peru-led coalition backed by Bolivia attacked Chile.')).not.toContain(
      'SUPPORTS state:PER state:BOL',
    );
    expect(stances('The Peru-led talks criticised Chile.')).toEqual([]);
  });
  it('reads a force led by an agent, and a force the subject leads', () => {
    expect(stances('A coalition led by Peru has been fighting Chile since May.')).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
    expect(stances('The coalition, led by Peru, attacked Chile.')).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
    expect(stances('Peru leads a military coalition fighting Chile.')).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
  });

  it('gives nothing for a force led by an agent or led by the subject that is not a fact', () => {
    expect(stances('Bolivia said a coalition led by Peru attacked Chile.')).toEqual([]);
    expect(stances('A coalition led by Peru could attack Chile.')).toEqual([]);
    expect(stances('Peru does not lead a coalition fighting Chile.')).toEqual([]);
    expect(stances('Would a coalition led by Peru attack Chile?')).toEqual([]);
    expect(stances('The talks led by Peru criticised Chile.')).toEqual([]);
  });
});
