import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const ids = (text: string, tagger = true): string[] =>
  analyze(text, { headline: false, tagger }).entities.map((e) => e.id);

describe('proposeTaggedNames', () => {
  const match =
    'Defender Tomas Okafor scored twice as Rovers beat Dunmore Athletic 3-1 on Saturday.';

  it('adds an organization the rules had no cue for', () => {
    expect(ids(match)).toContain('org:dunmore-athletic');
    expect(ids(match, false)).not.toContain('org:dunmore-athletic');
  });

  it('takes a full name the tagger reads as a person with less margin than a lone word needs', () => {
    expect(ids('He lost to Juro Fenstad in the final.')).toEqual(['person:juro-fenstad']);
    expect(ids('He lost to Dravo Kestel in the final.')).toEqual([]);
  });

  it("asks the model's margin of a full name used as a modifier", () => {
    expect(ids('He lost to Juro Fenstad fans in the final.')).toEqual([]);
    expect(ids('The town welcomed Sunni Dravek to the stage.')).toEqual([]);
  });

  it('leaves listed names to the lexicon', () => {
    const found = ids(
      'The deal was reported by Reuters on Friday, citing Gazprom officials in France.',
    );
    expect(found).toEqual(expect.arrayContaining(['org:reuters', 'org:gazprom', 'state:FRA']));
    expect(found).toHaveLength(3);
  });

  it('lets resolution join a tagged surname to the full name named before', () => {
    const a = analyze('Foreign Secretary Jack Straw spoke on Monday. Mr Straw said it was fine.', {
      headline: false,
    });
    expect(a.entities.map((e) => e.id)).toEqual(['person:jack-straw']);
    expect(a.mentions.map((m) => m.text)).toEqual(['Jack Straw', 'Straw']);
  });

  it('does not take a sentence-initial word or a lone word the tagger is unsure of', () => {
    expect(ids('Bringing the talks forward was a gamble for Halden, officials noted.')).toEqual([]);
  });

  it('keeps a lone surname the tagger is sure of where no full name is given', () => {
    expect(ids('At the summit, the delegates applauded Arafat warmly.')).toEqual(['person:arafat']);
  });

  it('leaves a bare organization head to the rules', () => {
    const text =
      'Lawmakers said the Senate would vote on Tuesday, and the Ministry of Economy agreed.';
    expect(ids(text)).toEqual(ids(text, false));
  });

  it('leaves acronyms to the lexicon and the rules', () => {
    const text = 'The report was filed at 10:30 UTC on Monday.';
    expect(ids(text)).toEqual([]);
  });

  it('drops a name cut short by a listed name beside it', () => {
    const text = 'Supporters cheered as Dinamo Bucharest lost to Partizan Belgrade on Saturday.';
    expect(ids(text)).toEqual(ids(text, false));
  });

  it('overrules the guess that an unknown name after "at" is a place', () => {
    const text = 'Analysts at Lehman Brothers expect rates to rise.';
    expect(ids(text, false)).toEqual(['loc:lehman-brothers']);
    expect(ids(text)).toEqual(['org:lehman-brothers']);
  });
});
