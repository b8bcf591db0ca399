import { describe, expect, it } from 'vitest';
import { extractRelations } from './index.js';
import { STATES, analysisOf, type EntitySpec } from './test-analysis.js';

const { brazil, chile, peru, japan, france, germany, us } = STATES;
const andean: EntitySpec = { id: 'group:andean-nations', type: 'Group', names: ['Andean nations'] };

function triples(text: string, entities: EntitySpec[]): string[] {
  return extractRelations(analysisOf(text, entities), {})
    .map((r) => `${r.type} ${r.source} ${r.target}`)
    .sort();
}

describe('extractRelations: coordination', () => {
  it('distributes a coordinated subject', () => {
    expect(
      triples('France and Germany are pushing back against pressure from the U.S.', [
        france,
        germany,
        us,
      ]),
    ).toEqual(['OPPOSES state:DEU state:USA', 'OPPOSES state:FRA state:USA']);
  });

  it('distributes a coordinated object', () => {
    expect(
      triples('Brazil criticised Chile, Peru and Japan.', [brazil, chile, peru, japan]),
    ).toEqual([
      'OPPOSES state:BRA state:CHL',
      'OPPOSES state:BRA state:JPN',
      'OPPOSES state:BRA state:PER',
    ]);
  });

  it('lets the named members of a group act, not the group', () => {
    const text = 'Andean nations including Peru and Chile rejected the proposal by Brazil.';
    expect(triples(text, [andean, brazil, chile, peru])).toEqual([
      'OPPOSES state:CHL state:BRA',
      'OPPOSES state:PER state:BRA',
    ]);
  });

  it('takes the listed members in dashes as the subject, not the actor before them', () => {
    const text =
      'The only two Andean states to have signed the pact with Brazil - Peru and Chile - also sharply criticised Japan.';
    expect(triples(text, [brazil, chile, peru, japan])).toEqual([
      'OPPOSES state:CHL state:JPN',
      'OPPOSES state:PER state:JPN',
    ]);
  });

  it('does not carry an object across ", and" into a new clause', () => {
    expect(
      triples('Peru criticised Chile, and Brazil said it would respond.', [brazil, chile, peru]),
    ).toEqual(['OPPOSES state:PER state:CHL']);
  });

  it('does not coordinate a name with the one right before it', () => {
    const party: EntitySpec = {
      id: 'org:green-party',
      type: 'Organization',
      names: ['Green Party'],
    };
    const ana: EntitySpec = { id: 'person:ana-lima', type: 'Person', names: ['Ana Lima'] };
    expect(triples('Green Party Ana Lima condemned Brazil.', [party, ana, brazil])).toContain(
      'OPPOSES person:ana-lima state:BRA',
    );
    expect(triples('Green Party Ana Lima condemned Brazil.', [party, ana, brazil])).not.toContain(
      'OPPOSES org:green-party state:BRA',
    );
  });

  it('lets a state and the ally the sentence names with it act together', () => {
    expect(triples('Peru and its ally Chile condemned Brazil.', [brazil, chile, peru])).toEqual([
      'ALLIED_WITH state:CHL state:PER',
      'OPPOSES state:CHL state:BRA',
      'OPPOSES state:PER state:BRA',
    ]);
  });

  it("makes no alliance between a state's allies that the sentence only lists", () => {
    const text = 'Peru and its allies Chile and Japan condemned Brazil.';
    const found = triples(text, [brazil, chile, peru, japan]);
    expect(found).toContain('OPPOSES state:PER state:BRA');
    expect(found).toContain('ALLIED_WITH state:JPN state:PER');
    expect(found).not.toContain('ALLIED_WITH state:CHL state:JPN');
  });
});
