import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

/** Each mention's surface and its entity's type, in order. */
function typed(text: string): string[] {
  const a = body(text);
  return a.mentions.map((m) => `${text.slice(m.start, m.end)}:${m.type}`);
}

// Sentences written for these tests. The surnames are made up, so that no list knows them.
describe('stance pairs: unknown names in the slots of an act of stance', () => {
  it('reads the owner of a stance noun aimed at a named party as a person', () => {
    expect(typed('Halbrecht’s criticism of Brinkley was a striking departure.')).toEqual([
      'Halbrecht:Person',
      'Brinkley:Person',
    ]);
    expect(typed('Halbrecht’s attack on Lindqvist surprised the court.')).toContain(
      'Halbrecht:Person',
    );
  });

  it('makes one entity of each party', () => {
    const a = body('Halbrecht’s criticism of Brinkley was a striking departure.');
    expect(a.ids).toEqual(['person:halbrecht', 'person:brinkley']);
  });

  it('leaves a policy or product after the stance noun to the tagger', () => {
    expect(typed('Halbrecht’s attack on Obamacare was fierce.')).toEqual(['Halbrecht:Person']);
    expect(typed('Halbrecht’s criticism of Brexit was sharp.')).toEqual(['Halbrecht:Person']);
    expect(typed('Halbrecht’s criticism of Medicare was sharp.')).toEqual(['Halbrecht:Person']);
  });

  it('leaves a known place or organization as it was', () => {
    expect(typed('Halbrecht’s attack on Aleppo was condemned.')).toContain('Aleppo:Location');
    expect(typed('Halbrecht’s criticism of Apple was sharp.')).toContain('Apple:Organization');
  });

  it('needs the stance noun and its own preposition', () => {
    // "Halbrecht’s house in Oduya": no act of stance.
    expect(typed('Halbrecht’s house in Oduya was sold.')).not.toContain('Oduya:Person');
    // "criticism on" is not the noun's preposition.
    expect(typed('Halbrecht’s criticism on Monday was sharp.')).not.toContain('Monday:Person');
  });

  it('reads the opening subject of "accuses X of" as a person', () => {
    expect(typed('Halbrecht accuses Alan Simpson of peddling nonsense.')).toEqual([
      'Halbrecht:Person',
      'Alan Simpson:Person',
    ]);
    expect(typed('Halbrecht accused Oduya of lying.')).toContain('Halbrecht:Person');
  });

  it('leaves a sentence-initial ordinary word before a plural noun alone', () => {
    expect(typed('Random attacks accused nobody of anything.')).toEqual([]);
    expect(typed('Yesterday accused nobody.')).toEqual([]);
    // No name between the verb and its preposition: no evidence that the first word is someone.
    expect(typed('Critics accused the minister of lying.')).toEqual([]);
  });
});

describe('stance pairs: the accuser in a clause of its own', () => {
  it('reads the accuser after an opening phrase and past an aside on the accused', () => {
    expect(typed('In a letter, Halbrecht accused Brinkley, the former chief, of fraud.')).toContain(
      'Halbrecht:Person',
    );
    expect(typed('For example, Halbrecht accuses Alan Simpson of peddling nonsense.')).toContain(
      'Halbrecht:Person',
    );
  });

  it('reads it after a verb of saying', () => {
    expect(typed('The minister said Halbrecht accused Brinkley of lying.')).toContain(
      'Halbrecht:Person',
    );
  });

  it('leaves the object of a preposition before the verb alone', () => {
    expect(typed('Critics of Halbrecht accused Brinkley of lying.')).not.toContain(
      'Halbrecht:Person',
    );
  });
});

describe('stance pairs: the agent of a passive verb of stance', () => {
  it('reads an unknown name after "criticised by" or "condemned by" as a person', () => {
    expect(typed('The plan was criticised by Halbrecht on Monday.')).toEqual(['Halbrecht:Person']);
    expect(typed('The ruling was condemned by Halbrecht and Brinkley.')).toContain(
      'Halbrecht:Person',
    );
  });

  it('leaves a word news writes in lower case, and a passive that is no stance, alone', () => {
    expect(typed('The bill was criticised by Reform on Monday.')).toEqual([]);
    expect(typed('The house was built by Halbrecht in 1910.')).not.toContain('Halbrecht:Person');
  });
});
