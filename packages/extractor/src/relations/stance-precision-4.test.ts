import { describe, expect, it } from 'vitest';
import { extractRelations } from './index.js';
import { analysisOf, STATES, type EntitySpec } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

// Stance precision on news the extractor never saw (issue 10), on sentences written for these tests.

const { germany, poland } = { ...STATES, poland: statePoland() };
const vera = personSpec('vera-lind', 'Vera Lind', 'Lind');
const party: EntitySpec = {
  id: 'org:green-party',
  type: 'Organization',
  names: ['Green Party', 'Green'],
};

const ohio: EntitySpec = { id: 'loc:ohio', type: 'Location', names: ['Ohio'] };

function statePoland(): EntitySpec {
  return { id: 'state:POL', type: 'State', names: ['Poland', 'Polish'] };
}

describe('extractRelations: an actor inside an opening prepositional phrase', () => {
  it('does not make the object of "In ..." the subject after the comma', () => {
    expect(
      stanceTriples("In Ohio's Green primary, 9,000 voters backed Vera Lind.", [ohio, party, vera]),
    ).toEqual([]);
    expect(
      stanceTriples('At the Green convention, delegates praised Vera Lind.', [party, vera]),
    ).toEqual([]);
  });

  it('keeps a subject after an opening date ("On Monday X", "In 2019 X")', () => {
    expect(stanceTriples('On Monday Germany criticized Poland.', [germany, poland])).toEqual([
      'OPPOSES state:DEU state:POL',
    ]);
    expect(stanceTriples('In 2019 Germany criticized Poland.', [germany, poland])).toEqual([
      'OPPOSES state:DEU state:POL',
    ]);
  });

  it('keeps a subject after a comma that closes the opening phrase', () => {
    expect(
      stanceTriples('In a statement, the Green Party praised Vera Lind.', [party, vera]),
    ).toEqual(['SUPPORTS org:green-party person:vera-lind']);
  });
});

describe('extractRelations: people a state or party only modifies', () => {
  const eu: EntitySpec = {
    id: 'org:european-union',
    type: 'Organization',
    names: ['European Union'],
  };

  it('gives no stance to the state for "German researchers" or "German peace researchers"', () => {
    expect(
      stanceTriples('German economists have accused the European Union of ignoring the debt.', [
        germany,
        eu,
      ]),
    ).toEqual([]);
    expect(
      stanceTriples('German peace researchers have accused the European Union of lying.', [
        germany,
        eu,
      ]),
    ).toEqual([]);
  });

  it('gives no stance to the party for its rivals', () => {
    expect(
      stanceTriples("The senator's Green rivals have condemned Vera Lind.", [party, vera]),
    ).toEqual([]);
  });

  it('keeps the state acting through its officials and its government officials', () => {
    expect(
      stanceTriples('German officials have accused the European Union of lying.', [germany, eu]),
    ).toEqual(['OPPOSES state:DEU org:european-union']);
    expect(
      stanceTriples('German government officials have accused the European Union of lying.', [
        germany,
        eu,
      ]),
    ).toEqual(['OPPOSES state:DEU org:european-union']);
  });
});

/** Stances read with the given surface forms marked as a demonym or an alias, as the entity stage marks them. */
function kindTriples(
  text: string,
  entities: EntitySpec[],
  kinds: Record<string, 'demonym' | 'alias' | 'capital'>,
) {
  const analysis = analysisOf(text, entities);
  for (const m of analysis.mentions) m.kind = kinds[m.text] ?? m.kind;
  return extractRelations(analysis, {})
    .filter((r) => r.type === 'OPPOSES' || r.type === 'SUPPORTS')
    .map((r) => `${r.type} ${r.source} ${r.target}`);
}

describe('extractRelations: a demonym or party word naming one person before "who"', () => {
  const germans: EntitySpec = { ...germany, names: ['Germany', 'Germans'] };

  it('gives no stance to the party for "a lifelong Green who"', () => {
    expect(
      kindTriples('The lifelong Green who wrote the speech criticized Vera Lind.', [party, vera], {
        Green: 'alias',
      }),
    ).toEqual([]);
  });

  it('gives no stance to the state for "another German who"', () => {
    expect(
      kindTriples('It was another German who helped Vera Lind.', [germany, vera], {
        German: 'demonym',
      }),
    ).toEqual([]);
  });

  it('gives no stance to the state for its people ("Germans who backed Y")', () => {
    expect(
      kindTriples('Many Germans who backed Vera Lind were disappointed.', [germans, vera], {
        Germans: 'demonym',
      }),
    ).toEqual([]);
  });

  it('keeps the party for its plural ("the Greens who")', () => {
    const greens: EntitySpec = { ...party, names: ['Green Party', 'Greens'] };
    expect(
      kindTriples('The Greens who control the council criticized Vera Lind.', [greens, vera], {
        Greens: 'alias',
      }),
    ).toEqual(['OPPOSES org:green-party person:vera-lind']);
  });
});

describe('extractRelations: two present-tense stance verbs sharing one subject', () => {
  it('reads "X chides Y and praises Z" as X praising Z, not Y', () => {
    expect(
      stanceTriples('Vera Lind chides Poland and praises Germany at a rally.', [
        vera,
        poland,
        germany,
      ]),
    ).toEqual(['OPPOSES person:vera-lind state:POL', 'SUPPORTS person:vera-lind state:DEU']);
  });

  it('keeps a descriptor before the subject ("Trade group X praises Y")', () => {
    const acme: EntitySpec = { id: 'org:acme', type: 'Organization', names: ['Acme'] };
    expect(stanceTriples('Trade group Acme praises Poland.', [acme, poland])).toEqual([
      'SUPPORTS org:acme state:POL',
    ]);
  });
});

describe('extractRelations: a capital naming where a violent event happened', () => {
  const rome: EntitySpec = { id: 'state:ITA', type: 'State', names: ['Rome'] };
  const capitals = { Rome: 'capital' as const };

  it('gives no stance toward the state for "a condemnation of the Rome attacks"', () => {
    expect(
      kindTriples(
        'Germany issued a condemnation of the Rome terror attacks.',
        [germany, rome],
        capitals,
      ),
    ).toEqual([]);
  });

  it('gives no stance from the state for "Rome attacks test X\'s plan"', () => {
    expect(kindTriples("Rome attacks test Vera Lind's plan.", [rome, vera], capitals)).toEqual([]);
  });

  it('keeps a capital acting through a verb with an object ("Rome attacks Germany\'s plan")', () => {
    expect(kindTriples("Rome attacks Germany's plan.", [rome, germany], capitals)).toEqual([
      'OPPOSES state:ITA state:DEU',
    ]);
  });
});

describe('extractRelations: a party word describing a person', () => {
  const carl = personSpec('carl-moss', 'Carl Moss', 'Moss');

  it('points at the person in "X attacked Green front-runner Y", not the party', () => {
    expect(
      stanceTriples('Vera Lind attacked Green front-runner Carl Moss on Monday.', [
        vera,
        party,
        carl,
      ]),
    ).toEqual(['OPPOSES person:vera-lind person:carl-moss']);
  });

  it('takes the person as the source of "criticism from Green candidate Y"', () => {
    expect(
      stanceTriples('Vera Lind faced criticism from Green presidential candidate Carl Moss.', [
        vera,
        party,
        carl,
      ]),
    ).toEqual(['OPPOSES person:carl-moss person:vera-lind']);
  });

  it('gives the party nothing for "denouncing the Green presidential nominee"', () => {
    expect(
      stanceTriples('Vera Lind kept denouncing the Green presidential nominee.', [vera, party]),
    ).toEqual([]);
  });

  it('keeps the party itself as a target and a source', () => {
    expect(stanceTriples('Vera Lind attacked the Green Party on Monday.', [vera, party])).toEqual([
      'OPPOSES person:vera-lind org:green-party',
    ]);
    expect(stanceTriples('Vera Lind faced criticism from the Green Party.', [vera, party])).toEqual(
      ['OPPOSES org:green-party person:vera-lind'],
    );
  });
});

describe('extractRelations: "who" after a pronoun or a people noun', () => {
  const carl = personSpec('carl-moss', 'Carl Moss', 'Moss');
  const tom = personSpec('tom-reyes', 'Tom Reyes', 'Reyes');

  it('does not make an earlier name the subject of "many of those who backed Y"', () => {
    expect(
      stanceTriples('Vera Lind would help Carl Moss win over many of those who backed Tom Reyes.', [
        vera,
        carl,
        tom,
      ]),
    ).toEqual([]);
  });

  it('does not make an earlier name the subject of "voters who backed Y"', () => {
    expect(stanceTriples('Carl Moss courted voters who backed Tom Reyes.', [carl, tom])).toEqual(
      [],
    );
  });

  it('keeps a name as the antecedent of its apposition ("X, the diplomat who ...")', () => {
    expect(
      stanceTriples('Carl Moss, the veteran diplomat who backed Tom Reyes, spoke on Monday.', [
        carl,
        tom,
      ]),
    ).toEqual(['SUPPORTS person:carl-moss person:tom-reyes']);
  });
});

describe('extractRelations: a score or a margin after the object', () => {
  const carl = personSpec('carl-moss', 'Carl Moss', 'Moss');

  it('gives no OPPOSES for a poll or a tally ("beats Y 45 to 40", "defeated Y by 20 points")', () => {
    expect(
      stanceTriples('The poll shows Vera Lind beating Carl Moss 45 to 40 percent.', [vera, carl]),
    ).toEqual([]);
    expect(stanceTriples('Vera Lind beats Carl Moss 42-40.', [vera, carl])).toEqual([]);
    expect(
      stanceTriples('Vera Lind defeated Carl Moss by more than 20 points in Ohio.', [vera, carl]),
    ).toEqual([]);
  });

  it('keeps an attack counted in times ("attacked Y 12 times")', () => {
    expect(stanceTriples('Germany attacked Poland 12 times in 2020.', [germany, poland])).toEqual([
      'OPPOSES state:DEU state:POL',
    ]);
  });
});

describe('extractRelations: "he" after two people in its own sentence', () => {
  const carl = personSpec('carl-moss', 'Carl Moss', 'Moss');
  const tom = personSpec('tom-reyes', 'Tom Reyes', 'Reyes');
  const lena = personSpec('lena-ortiz', 'Lena Ortiz', 'Ortiz');

  it("is not read as the previous sentence's person", () => {
    expect(
      stanceTriples(
        'Tom Reyes spoke first. Carl Moss, a close Lena Ortiz ally, conceded errors even as he defended Vera Lind.',
        [tom, carl, lena, vera],
      ),
    ).not.toContain('SUPPORTS person:tom-reyes person:vera-lind');
  });

  it('still reads a lone "he" as the previous sentence\'s person', () => {
    expect(
      stanceTriples('Tom Reyes spoke first. On Monday he defended Vera Lind.', [tom, vera]),
    ).toEqual(['SUPPORTS person:tom-reyes person:vera-lind']);
  });
});

describe('extractRelations: kin and origin nouns after an actor', () => {
  const carl = personSpec('carl-moss', 'Carl Moss', 'Moss');

  it('gives no stance to X for "X\'s husband attacked Y"', () => {
    expect(
      stanceTriples("Carl Moss's husband attacked Vera Lind in a speech.", [carl, vera]),
    ).toEqual([]);
  });

  it('gives no stance toward the state for "politicians of German descent"', () => {
    expect(
      stanceTriples('Vera Lind lashed out at the politicians of German descent.', [vera, germany]),
    ).toEqual([]);
  });

  it('keeps X\'s own act ("X\'s spokesman attacked Y")', () => {
    expect(stanceTriples("Carl Moss's spokesman attacked Vera Lind.", [carl, vera])).toEqual([
      'OPPOSES person:carl-moss person:vera-lind',
    ]);
  });
});

describe('extractRelations: a gerund done by an object pronoun', () => {
  it('gives the one accusing no stance in "He accused them of siding with Y"', () => {
    expect(
      stanceTriples('Vera Lind spoke on Monday. He accused them of siding with Germany.', [
        vera,
        germany,
      ]),
    ).toEqual([]);
  });
});
