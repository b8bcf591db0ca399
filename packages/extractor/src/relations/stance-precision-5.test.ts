import { describe, expect, it } from 'vitest';
import { analyze } from '../index.js';
import { extractRelations } from './index.js';
import { analysisOf, STATES, type EntitySpec } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

// Stance precision on text the rules were not written from (issue 10), on sentences written for
// these tests: a noun read as a verb, a verb whose complement decides its sense, a relative
// pronoun whose noun is only placed by an actor, an object that itself stands against an actor.

const { chile, peru, germany, france } = STATES;
const mara = personSpec('mara-quist', 'Mara Quist', 'Quist');
const tomas = personSpec('tomas-reyes', 'Tomas Reyes', 'Reyes');
const union: EntitySpec = { id: 'org:dock-union', type: 'Organization', names: ['Dock Union'] };

describe('extractRelations: a dictionary verb after an indefinite article is a noun', () => {
  it('reads "a Chilean exile" as a noun, not as Chile exiling the next actor', () => {
    expect(stanceTriples('A Chilean exile left Peru to lead the movement.', [chile, peru])).toEqual(
      [],
    );
  });

  it('keeps the verb after a name with no article ("Chile exiled ...", "the Chilean army")', () => {
    expect(stanceTriples('Chile attacked Peru on Monday.', [chile, peru])).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
  });
});

describe('extractRelations: a verb whose dictionary patterns all open with one preposition', () => {
  it('gives no fight for "engaged in" with a complement the dictionary does not list', () => {
    expect(
      stanceTriples('Mara Quist engaged in friendly banter with Tomas Reyes.', [mara, tomas]),
    ).toEqual([]);
  });

  it('keeps the plain transitive verb ("engaged X")', () => {
    expect(stanceTriples('Chilean troops engaged Peruvian forces.', [chile, peru])).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
  });
});

describe('extractRelations: "who" after a common noun placed by an actor', () => {
  it('does not make the place the subject ("groups in Germany who back France")', () => {
    expect(
      stanceTriples('Groups in Germany who back France plan rallies this week.', [germany, france]),
    ).toEqual([]);
    expect(
      stanceTriples('Voters from Chile who support Peru went to the polls.', [chile, peru]),
    ).toEqual([]);
  });

  it('keeps an actor that is the antecedent itself ("Germany, who backs France")', () => {
    expect(stanceTriples('It was Germany who backed France.', [germany, france])).toEqual([
      'SUPPORTS state:DEU state:FRA',
    ]);
  });
});

describe('extractRelations: a rejected object that stands against an actor', () => {
  it('gives no stance on the actor the object is against', () => {
    expect(
      stanceTriples("Three complaints against Tomas Reyes's appointment were rejected by Chile.", [
        chile,
        tomas,
      ]),
    ).toEqual([]);
    expect(
      stanceTriples('A motion against the Dock Union was dismissed by Mara Quist.', [union, mara]),
    ).toEqual([]);
  });

  it('keeps the owner of a rejected demand as the target', () => {
    expect(stanceTriples("Chile rejected Peru's demands.", [chile, peru])).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
  });
});

describe('extractRelations: a dictionary verb read through its pattern', () => {
  it('takes the relation the pattern gives, not the placeholder ("expressed gratitude to")', () => {
    expect(stanceTriples('Chile expressed gratitude to Peru for its help.', [chile, peru])).toEqual(
      ['SUPPORTS state:CHL state:PER'],
    );
  });
});

describe('extractRelations: verb forms that do not head the clause', () => {
  it('reads a participle after a determiner as an adjective ("the imprisoned X")', () => {
    expect(stanceTriples('Peru freed the imprisoned Mara Quist.', [peru, mara])).toEqual([]);
    expect(
      stanceTriples('Chile won the first truly contested Peruvian seat.', [chile, peru]),
    ).toEqual([]);
  });

  it('keeps a past verb after its subject and an adverb ("Chile then attacked X")', () => {
    expect(stanceTriples('Chile then attacked Peru.', [chile, peru])).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
  });

  it('gives the subject no stance from a gerund after a possessive', () => {
    expect(
      stanceTriples("Mara Quist was angry at France's backing Peru.", [france, peru, mara]),
    ).not.toContain('SUPPORTS person:mara-quist state:PER');
  });

  it('gives no support when the helping verb is followed by a stance verb ("helped fight X")', () => {
    expect(stanceTriples('Peru helped fight Chile in the dispute.', [chile, peru])).not.toContain(
      'SUPPORTS state:PER state:CHL',
    );
    expect(stanceTriples('Peru helped Chile in the dispute.', [chile, peru])).toEqual([
      'SUPPORTS state:PER state:CHL',
    ]);
  });
});

describe('extractRelations: subjects that are not the actor named nearby', () => {
  it('reads a participle right after an -ing verb as an adjective ("investigating alleged X")', () => {
    expect(
      stanceTriples('Peru was also examining alleged bribes paid to Chilean officials.', [
        chile,
        peru,
      ]),
    ).toEqual([]);
  });

  it('does not make a name glued into a modifier the doer of a gerund ("X-like ... for blocking")', () => {
    expect(
      stanceTriples('Peru accused them of Chile-style tactics for blocking German ministers.', [
        chile,
        peru,
        germany,
      ]).filter((t) => t.startsWith('OPPOSES state:CHL')),
    ).toEqual([]);
  });

  it('does not read "he" in a speaker\'s own quote as the speaker', () => {
    const text =
      "''It was a shock,'' Quist told me. ''I understand why he supports the Peruvian government, but no.''";
    const analysis = analysisOf(
      text,
      [mara, peru],
      [],
      [
        { text: 'It was a shock,', speakerId: mara.id },
        {
          text: 'I understand why he supports the Peruvian government, but no.',
          speakerId: mara.id,
        },
      ],
    );
    expect(extractRelations(analysis, {}).filter((r) => r.type === 'SUPPORTS')).toEqual([]);
  });

  it('still reads "I" in the quote as the speaker', () => {
    const text = "Quist spoke on Monday. ''I support Peru,'' Quist said.";
    const analysis = analysisOf(
      text,
      [mara, peru],
      [],
      [{ text: 'I support Peru,', speakerId: mara.id }],
    );
    expect(
      extractRelations(analysis, {}).map((r) => `${r.type} ${r.source} ${r.target}`),
    ).toContain('SUPPORTS person:mara-quist state:PER');
  });
});

describe('extractRelations: a demonym opening another capitalised name', () => {
  const read = (text: string): string[] =>
    extractRelations(analyze(text, { headline: false }), {})
      .filter((r) => r.type === 'OPPOSES' || r.type === 'SUPPORTS')
      .map((r) => `${r.type} ${r.source} ${r.target}`);

  it('does not make the state the subject ("Chilean Horizons, a lobby group, attacked X")', () => {
    expect(
      read(
        'Chilean Horizons, a lobby group allied with the ruling party, released an ad attacking Peru.',
      ),
    ).toEqual([]);
    expect(read('On Monday, American Renewal released an ad attacking Germany.')).toEqual([]);
  });

  it('keeps the state before a title and a name, and before common nouns', () => {
    expect(
      read('Yesterday, French President Emmanuel Macron criticised Germany in Paris.'),
    ).toContain('OPPOSES state:FRA state:DEU');
    expect(read('On Monday, Chilean officials criticised Peru.')).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
  });
});
