import { describe, expect, it } from 'vitest';
import { analyze } from '../index.js';
import { extractRelations } from './index.js';
import { STATES, type EntitySpec } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';
import { stateAnaphorWords } from './state-anaphor.js';

// A state or organization named once and then referred back to as the subject of a stance:
// "the country", "the kingdom" (the state named last) and a clause-opening "it" (the state or
// organization that was the subject of the clause before). Sentences written for these tests.

const { chile, peru, france, germany } = STATES;
const lena = personSpec('lena-sorvik', 'Lena Sorvik', 'Sorvik');
const union: EntitySpec = { id: 'org:dock-union', type: 'Organization', names: ['Dock Union'] };

/** Stances read from the full pipeline, which marks paragraphs. */
function analysedStances(text: string): string[] {
  return extractRelations(analyze(text, { headline: false }), {})
    .filter((r) => r.type === 'OPPOSES' || r.type === 'SUPPORTS')
    .map((r) => `${r.type} ${r.source} ${r.target}`)
    .sort();
}

describe('state-anaphor.json', () => {
  it('lists state nouns and the modifiers that keep them the same state', () => {
    const words = stateAnaphorWords();
    expect(words.stateNouns.has('kingdom')).toBe(true);
    expect(words.stateModifiers.has('island')).toBe(true);
    expect(words.stateModifiers.has('neighbouring')).toBe(false);
  });
});

describe('extractRelations: "the country" as the subject of a stance', () => {
  it('reads "the country" as the state named in the sentence before', () => {
    const text = 'Chile held elections on Sunday. The country criticised Peru.';
    expect(stanceTriples(text, [chile, peru])).toEqual(['OPPOSES state:CHL state:PER']);
  });

  it('reads "the kingdom" and "the island nation" two sentences on, auxiliaries between', () => {
    expect(
      stanceTriples(
        'France opened a new port. Trade rose sharply. The kingdom has also condemned Peru.',
        [france, peru],
      ),
    ).toEqual(['OPPOSES state:FRA state:PER']);
    expect(
      stanceTriples('Chile held a vote. The island nation strongly backed Peru.', [chile, peru]),
    ).toEqual(['SUPPORTS state:CHL state:PER']);
  });

  it('reads "the nation" after "and" in a reported clause', () => {
    const text = 'Chile held elections. Officials said that the nation had rejected Peru.';
    expect(stanceTriples(text, [chile, peru])).toEqual(['OPPOSES state:CHL state:PER']);
  });

  it('gives nothing when the sentence before names two states', () => {
    const text = 'Chile met France on Sunday. The country criticised Peru.';
    expect(stanceTriples(text, [chile, france, peru])).toEqual([]);
  });

  it('gives nothing when no state was named before', () => {
    expect(stanceTriples('The country criticised Peru on Monday.', [peru])).toEqual([]);
  });

  it('gives nothing across two paragraph breaks, and reads across one', () => {
    const far = 'Chile held elections.\n\nTurnout was low.\n\nThe country criticised Peru.';
    expect(analysedStances(far)).toEqual([]);
    const near = 'Chile held elections.\n\nThe country criticised Peru.';
    expect(analysedStances(near)).toEqual(['OPPOSES state:CHL state:PER']);
  });

  it('gives nothing for "the neighbouring country", which is another state', () => {
    const text = 'Chile held elections. The neighbouring country criticised Peru.';
    expect(stanceTriples(text, [chile, peru])).toEqual([]);
  });

  it('gives nothing for "the country" inside a quotation', () => {
    const quote = 'The country condemned Peru';
    const text = `Chile held elections. "${quote}," Lena Sorvik said.`;
    expect(
      stanceTriples(text, [chile, peru, lena], undefined, [
        { text: quote, speakerId: lena.id },
      ]).filter((t) => t.includes('state:CHL state:PER')),
    ).toEqual([]);
  });
});

describe('extractRelations: a clause-opening "it" as the subject of a stance', () => {
  it('reads "It" as the state that was the subject of the sentence before', () => {
    const text = 'Chile tested a rocket on Monday. It also criticised Peru.';
    expect(stanceTriples(text, [chile, peru])).toEqual(['OPPOSES state:CHL state:PER']);
  });

  it('reads "It" as an organization subject, after an opening adjunct', () => {
    const text = 'On Monday, the Dock Union held a strike. It strongly condemned Germany.';
    expect(stanceTriples(text, [union, germany])).toEqual(['OPPOSES org:dock-union state:DEU']);
  });

  it('reads "and it" as the subject of the clause before it', () => {
    const text = 'Chile tested a rocket, and it criticised Peru.';
    expect(stanceTriples(text, [chile, peru])).toEqual(['OPPOSES state:CHL state:PER']);
  });

  it('gives nothing when the sentence before names two states or organizations', () => {
    expect(
      stanceTriples('Chile met France on Monday. It criticised Peru.', [chile, france, peru]),
    ).toEqual([]);
    expect(
      stanceTriples('Chile hosted the Dock Union. It criticised Peru.', [chile, union, peru]),
    ).toEqual([]);
  });

  it('reads "It" past a state that only describes the object ("the Peruvian envoy")', () => {
    const text = 'Chile summoned the Peruvian envoy on Monday. It accused France of meddling.';
    expect(stanceTriples(text, [chile, peru, france])).toEqual(['OPPOSES state:CHL state:FRA']);
    const chain = 'Chile summoned the French ambassador. It accused France of meddling.';
    expect(stanceTriples(chain, [chile, france])).toEqual(['OPPOSES state:CHL state:FRA']);
  });

  it('gives nothing when the describing state stands before the verb', () => {
    const text = 'The Peruvian envoy and Chile met on Monday. It accused France of meddling.';
    expect(stanceTriples(text, [chile, peru, france])).toEqual([]);
  });

  it('gives nothing when a person is the subject of the sentence before', () => {
    const text = 'Lena Sorvik visited Chile on Monday. It criticised Peru.';
    expect(stanceTriples(text, [lena, chile, peru])).toEqual([]);
  });

  it('gives nothing when the state only owns the subject ("Chile\'s budget")', () => {
    const text = "Chile's budget grew on Monday. It criticised Peru.";
    expect(stanceTriples(text, [chile, peru])).toEqual([]);
  });

  it('gives nothing for expletive "it" or "it" as the object', () => {
    expect(stanceTriples('Chile held a vote. It is criticised by many.', [chile])).toEqual([]);
    expect(
      stanceTriples('Chile held a vote. It emerged that Peru was angry.', [chile, peru]),
    ).toEqual([]);
    expect(stanceTriples('Chile held a vote. Peru criticised it.', [chile, peru])).toEqual([]);
  });

  it('gives nothing for "it" inside a quotation', () => {
    const quote = 'It criticised Peru';
    const text = `Chile tested a rocket. "${quote}," Lena Sorvik said.`;
    expect(
      stanceTriples(text, [chile, peru, lena], undefined, [
        { text: quote, speakerId: lena.id },
      ]).filter((t) => t.includes('state:CHL state:PER')),
    ).toEqual([]);
  });

  it('gives nothing for "it" opening a clause after a comma ("which it ...")', () => {
    const text = 'Chile tested a rocket. Peru, which it criticised, left.';
    expect(stanceTriples(text, [chile, peru])).toEqual([]);
  });
});
