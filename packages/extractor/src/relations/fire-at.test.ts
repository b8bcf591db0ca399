import { describe, expect, it } from 'vitest';
import { relationsOf } from './test-roles.js';

// Firing on an actor (issue 10), on sentences written here: "fired at Y", "opened fire on Y",
// "fired rockets/missiles/shells at Y" are attacks, as CAMEO's FIRE block codes them (190–194).

const stances = (sentence: string): string[] => relationsOf(sentence, ['OPPOSES', 'SUPPORTS']);

describe('firing on an actor', () => {
  it('is an attack on it', () => {
    expect(stances('Hamas fired at Peru on Monday.')).toEqual(['OPPOSES org:hamas state:PER']);
    expect(stances('Hamas opened fire on Peru.')).toEqual(['OPPOSES org:hamas state:PER']);
    expect(stances('Chile fired rockets into Peru overnight.')).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
    expect(stances('Peru says Chile fired two missiles at Bolivia.')).toEqual([
      'OPPOSES state:CHL state:BOL',
    ]);
    expect(stances('Chilean troops fired mortars at Peru.')).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
  });

  it('gives nothing when denied, asked, possible, or aimed at no actor', () => {
    expect(stances('Chile did not fire rockets at Peru.')).toEqual([]);
    expect(stances('Did Chile fire rockets at Peru?')).toEqual([]);
    expect(stances('Chile may fire missiles at Peru.')).toEqual([]);
    expect(stances('Chile fired missiles into the sea near Arica.')).toEqual([]);
    expect(stances('The Peruvian minister came under fire on Monday.')).toEqual([]);
    expect(stances('Chile fired at least 20 officials on Monday.')).toEqual([]);
  });
});
