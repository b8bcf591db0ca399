import { describe, expect, it } from 'vitest';
import { lexicon } from '../lexicon/lexicon.js';
import { segment } from '../text/segment.js';
import { tokenize } from '../text/tokenize.js';
import type { Candidate } from './candidate.js';
import { demoteNonPersons } from './non-persons.js';
import { body } from './test-helpers.js';

const persons = (text: string): string[] =>
  body(text)
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);

/** The candidate the tagger would propose for `words` words from `word`, as the stage leaves it. */
function rereadTagged(
  text: string,
  word: string,
  words: number,
  typed: Partial<Candidate> = {},
): Candidate[] {
  const tokens = tokenize(text, 0, text.length);
  const { sentences, paragraphs } = segment(text, { headline: false });
  const first = tokens.findIndex((t) => t.text === word);
  const start = tokens[first]?.start ?? 0;
  const end = tokens[first + words - 1]?.end ?? 0;
  const name = text.slice(start, end);
  const tagged: Candidate = {
    ...{ start, end, first, last: first + words, sentence: 0, type: null, kind: 'name' },
    ...{ text: name, name, tagged: 'Person' },
    ...typed,
  };
  const input = { text, tokens, sentences, paragraphs, lexicon: lexicon() };
  return demoteNonPersons({ ...input, candidates: [tagged] });
}

describe('demoteNonPersons', () => {
  it('reads no person in the title-case title of a work in quotes', () => {
    expect(persons('She starred in the television drama "Helen Marsh" for six years.')).toEqual([]);
    expect(persons('The band closed with its ballad "Silver Tom," to loud applause.')).toEqual([]);
    expect(persons('He played the lead in “Goodnight, Walter!” in 2004.')).toEqual([]);
  });

  it('keeps a person named outside the quotes and a quoted sentence about one', () => {
    expect(persons('Director Helen Marsh made "Silver Rain" in Oslo.')).toEqual(['Helen Marsh']);
    expect(persons('"Helen Marsh was right about the budget," the minister said.')).toEqual([
      'Helen Marsh',
    ]);
  });

  it('does not take the object of a preposition for the subject of a speech verb', () => {
    expect(
      persons('A spokesman for the prosecutors in Carlow said the raids were routine.'),
    ).toEqual([]);
    expect(persons('The former mayor of Tamsworth, said the vote was fair.')).toEqual([]);
  });

  it('keeps a lone surname before a speech verb', () => {
    expect(persons('Kowalczyk said the raids were routine.')).toEqual(['Kowalczyk']);
  });

  it('reads a word after a speech verb and before a noun and a name as a modifier', () => {
    expect(persons('"We cannot go back," said Dutch teacher Ana Ruiz on Monday.')).toEqual([
      'Ana Ruiz',
    ]);
    expect(persons('"It was a mistake," said Brightline lawyer Tomas Verde.')).toEqual([
      'Tomas Verde',
    ]);
  });

  it('reads a word before a title of several words and a name as a modifier', () => {
    expect(persons('"We were lucky," said Kessenburg sport director Ana Ruiz.')).toEqual([
      'Ana Ruiz',
    ]);
    expect(persons('"Sales held up," said Brightline chief executive Tomas Verde.')).toEqual([
      'Tomas Verde',
    ]);
    expect(persons('"It was close," said Dunmore head coach Lena Marsh.')).toEqual(['Lena Marsh']);
  });

  it("takes back the tagger's person too in a title's modifier after a speech verb", () => {
    const text = '"We fought," said Kessenburg manager Tomas Verde.';
    const [club] = rereadTagged(text, 'Kessenburg', 1, { speaker: true });
    expect(club).toMatchObject({ type: null, name: 'Kessenburg' });
    expect(club?.tagged).toBeUndefined();
    expect(club?.speaker).toBeUndefined();
  });

  it("keeps the tagger's person before a verb and a name after a speech verb", () => {
    const text = 'The minister said Kessenburg accused Tomas Verde of lying.';
    const [subject] = rereadTagged(text, 'Kessenburg', 1, { speaker: true });
    expect(subject?.tagged).toBe('Person');
  });

  it('keeps the speaker where the lower-case words after a name are a clause, not a title', () => {
    const text = 'Reporters said Kessenburg often praised Tomas Verde.';
    const [speaker] = rereadTagged(text, 'Kessenburg', 1, { tagged: undefined, speaker: true });
    expect(speaker?.speaker).toBe(true);
  });

  it('reads a name before a lower-case place noun as the place', () => {
    const [airport] = rereadTagged(
      'The plane left from the Walter Brandt airport at dawn.',
      'Walter',
      2,
    );
    expect(airport).toMatchObject({ type: null, name: 'Walter Brandt' });
    expect(airport?.tagged).toBeUndefined();
    const [mine] = rereadTagged(
      'Protesters blocked the Arroyo Lucero mine for a week.',
      'Arroyo',
      2,
    );
    expect(mine?.tagged).toBeUndefined();
    const [kept] = rereadTagged('The plane carried Walter Brandt at dawn.', 'Walter', 2);
    expect(kept?.tagged).toBe('Person');
  });

  it('reads no person in a name the tagger alone took for one before a thing noun', () => {
    const [award] = rereadTagged('It came away with two Gregory awards for the set.', 'Gregory', 1);
    expect(award?.tagged).toBeUndefined();
    const [firm] = rereadTagged('Shares in the Brandt group fell.', 'Brandt', 1);
    expect(firm?.tagged).toBeUndefined();
  });

  it('reads no person in a lone name after an article', () => {
    const [award] = rereadTagged('The musical won the Gregory for best design.', 'Gregory', 1);
    expect(award?.tagged).toBeUndefined();
    const [modifier] = rereadTagged('The Brandt campaign condemned it.', 'Brandt', 1);
    expect(modifier?.tagged).toBe('Person');
    const [kept] = rereadTagged('The musical pleased Gregory a lot.', 'Gregory', 1);
    expect(kept?.tagged).toBe('Person');
  });

  it('reads a listed town as a place where only the tagger says person', () => {
    const [tagged] = rereadTagged('Officials in Tampere welcomed the plan.', 'Tampere', 1);
    expect(tagged).toMatchObject({ type: null, place: true, name: 'Tampere' });
    const [speaker] = rereadTagged('Critics say Tampere ignored them.', 'Tampere', 1, {
      tagged: undefined,
      speaker: true,
    });
    expect(speaker).toMatchObject({ type: null, speaker: true });
    expect(speaker?.place).toBeUndefined();
    const [two] = rereadTagged('Voters in San Antonio went to the polls.', 'San', 2, {
      type: 'Person',
    });
    expect(two).toMatchObject({ type: null, place: true, name: 'San Antonio' });
  });

  it('keeps a person with an honorific whose name a town has too', () => {
    const [mr] = rereadTagged('Mr Tampere welcomed the plan.', 'Tampere', 1);
    expect(mr?.tagged).toBe('Person');
    expect(mr?.place).toBeUndefined();
  });

  it("starts the tagger's person after the portfolio of the office before it", () => {
    const text = 'Plans drawn up under Secretary of Defense Walter Brandt were leaked.';
    const [out] = rereadTagged(text, 'Defense', 3);
    expect([out?.name, out?.start]).toEqual(['Walter Brandt', text.indexOf('Walter')]);
  });
});

describe('facility heads', () => {
  it('reads a name that ends in the name of a building or site as a location', () => {
    const a = body('The film opened at the Astra Cinema and later moved to the Martin Gallery.');
    expect(a.entities.map((e) => [e.type, e.name])).toEqual([
      ['Location', 'Astra Cinema'],
      ['Location', 'Martin Gallery'],
    ]);
    expect(body('Crowds gathered on Halden Platz at noon.').ids).toEqual(['loc:halden-platz']);
    expect(persons('The director of the Brandt Museum, Anna Petrova, spoke first.')).toEqual([
      'Anna Petrova',
    ]);
  });
});

describe('names joined by "&"', () => {
  const typed = (text: string): string[] => body(text).entities.map((e) => `${e.type} ${e.name}`);

  it('reads a firm joined by "&" as one organization, not a person', () => {
    expect(typed('Brevik & Tollan said sales rose.')).toEqual(['Organization Brevik & Tollan']);
    expect(typed('Ana Ruiz, an economist at Kelvaro Research & Trading, said so.')).toEqual([
      'Person Ana Ruiz',
      'Organization Kelvaro Research & Trading',
    ]);
  });

  it('keeps two people joined by "&" apart', () => {
    expect(persons('The firm paid Ana Ruiz & Tom Lind.')).toEqual(['Ana Ruiz', 'Tom Lind']);
  });
});

describe('a name that a head noun of a thing or a paper ends', () => {
  it('is no person: an inn, a show, a newspaper', () => {
    expect(persons('They stayed at the Rosa Garden Inn near the airport.')).toEqual([]);
    expect(persons('She told the Jenna Lee Show that she would run.')).toEqual([]);
    expect(persons('The Carla Valley Register endorsed her on Sunday.')).toEqual([]);
  });
});
