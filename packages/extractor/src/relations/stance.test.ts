import { describe, expect, it } from 'vitest';
import { extractRelations } from './index.js';
import { ORGS, STATES, analysisOf, type EntitySpec, type QuoteSpec } from './test-analysis.js';

const { brazil, chile, peru, japan, russia, turkey } = STATES;
const kremlin: EntitySpec = {
  id: 'org:kremlin',
  type: 'Organization',
  names: ['Kremlin'],
  attributes: { state: 'state:RUS' },
};
const council: EntitySpec = {
  id: 'org:andean-council',
  type: 'Organization',
  names: ['Andean Council'],
};
const souza: EntitySpec = { id: 'person:ana-souza', type: 'Person', names: ['Ana Souza', 'Souza'] };

function triples(text: string, entities: EntitySpec[], quotes: QuoteSpec[] = []): string[] {
  return extractRelations(analysisOf(text, entities, [], quotes), {})
    .map((r) => `${r.type} ${r.source} ${r.target}`)
    .sort();
}

describe('extractRelations: OPPOSES cues', () => {
  it('reads a subject, an opposition verb and its object', () => {
    expect(
      triples("Brazil condemned Chile's decision to close the border.", [brazil, chile]),
    ).toEqual(['OPPOSES state:BRA state:CHL']);
    expect(triples('Peru has accused Brazil of dumping steel.', [peru, brazil])).toEqual([
      'OPPOSES state:PER state:BRA',
    ]);
  });

  it('reads a multi-word cue and points at the owner of the opposed pressure', () => {
    expect(
      triples('Peru is pushing back against demands from Brazil over tariffs.', [peru, brazil]),
    ).toEqual(['OPPOSES state:PER state:BRA']);
  });

  it('turns a passive with "by" around', () => {
    expect(triples('Chile was criticised by Peru on Monday.', [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
  });

  it('takes the source after "criticism from" and the clause subject as target', () => {
    expect(triples('Brazil faced criticism from Peru.', [peru, brazil])).toEqual([
      'OPPOSES state:PER state:BRA',
    ]);
  });

  it('reads agent nouns after a copula and event nouns after a possessor', () => {
    expect(triples('Peru is one of the most vocal critics of Brazil.', [peru, brazil])).toEqual([
      'OPPOSES state:PER state:BRA',
    ]);
    expect(
      triples("The European Union's arms embargo on China remains.", [ORGS.eu, STATES.china]),
    ).toEqual(['OPPOSES org:european-union state:CHN']);
  });

  it('follows "impose ... on" to its target', () => {
    expect(triples('Brazil imposed new tariffs on Chile.', [brazil, chile])).toEqual([
      'OPPOSES state:BRA state:CHL',
    ]);
  });

  it('lets a government body act for its state', () => {
    expect(triples('The Kremlin condemned the move by Japan.', [russia, japan, kremlin])).toEqual([
      'OPPOSES state:RUS state:JPN',
    ]);
  });

  it('reads "[Y] critic [X]" as X opposing Y', () => {
    expect(triples('Kremlin critic Ana Souza left the country.', [russia, kremlin, souza])).toEqual(
      ['OPPOSES person:ana-souza state:RUS'],
    );
  });

  it('skips the object of a relative clause when looking for the subject', () => {
    const text =
      'The Andean Council - which considers Brazil biased and has rejected Chile as a mediator - called for talks.';
    // "considers Brazil biased" is a judgement of the council's too.
    expect(triples(text, [brazil, chile, council])).toEqual([
      'OPPOSES org:andean-council state:BRA',
      'OPPOSES org:andean-council state:CHL',
    ]);
  });

  it('gives the speaker of a quote the relations of its "we"', () => {
    const text = '“We strongly oppose the tariffs imposed by Brazil,” Souza said.';
    const quote = {
      text: 'We strongly oppose the tariffs imposed by Brazil,',
      speakerId: souza.id,
    };
    expect(triples(text, [brazil, souza], [quote])).toEqual(['OPPOSES person:ana-souza state:BRA']);
  });
});

describe('extractRelations: SUPPORTS cues', () => {
  it('reads support verbs in the present and the past', () => {
    expect(triples("Peru backs Chile's bid for a seat.", [peru, chile])).toEqual([
      'SUPPORTS state:PER state:CHL',
    ]);
    expect(triples('Japan welcomed the agreement signed by Brazil.', [japan, brazil])).toEqual([
      'SUPPORTS state:JPN state:BRA',
    ]);
  });

  it('reads a possessor as the source of "support for"', () => {
    expect(triples("Russia's support for Turkey grew last year.", [russia, turkey])).toEqual([
      'SUPPORTS state:RUS state:TUR',
    ]);
  });

  it('reads "[X]-backed [Y]"', () => {
    const rebels: EntitySpec = {
      id: 'group:coastal-militia',
      type: 'Group',
      names: ['Coastal Militia'],
    };
    expect(
      triples('The Peruvian-backed Coastal Militia advanced.', [
        { ...peru, names: ['Peru', 'Peruvian'] },
        rebels,
      ]),
    ).toEqual(['SUPPORTS state:PER group:coastal-militia']);
  });

  it('does not read the noun "support" as a verb', () => {
    expect(triples('The plan won the support of Brazil.', [brazil])).toEqual([]);
  });

  it('keeps each verb of a coordinated predicate with the first subject', () => {
    expect(triples('Peru criticised Chile and praised Brazil.', [peru, brazil, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
      'SUPPORTS state:PER state:BRA',
    ]);
  });

  it('gives a gerund after "for" the nearest actor as subject', () => {
    expect(triples('Peru criticised Chile for supporting Brazil.', [peru, brazil, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
      'SUPPORTS state:CHL state:BRA',
    ]);
  });

  it('leaves the act "accused X of" charges a claim (claim-words.json)', () => {
    expect(triples('Peru accused Chile of supporting Brazil.', [peru, brazil, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
  });

  it('never lets a name glued by a hyphen act: "Pro-Moscow leaders"', () => {
    expect(
      triples('Pro-Moscow leaders in the region have criticised Ana Souza.', [russia, souza]),
    ).toEqual([]);
  });

  it('takes the antecedent of "who" as the subject, and a target that heads its phrase', () => {
    const osce: EntitySpec = {
      id: 'org:osce',
      type: 'Organization',
      names: ['OSCE'],
      attributes: { kind: 'igo' },
    };
    const text =
      'Officials criticised Ana Souza, the Peruvian diplomat who heads the OSCE mission in the region.';
    expect(triples(text, [osce, souza, peru])).toEqual([]);
    expect(triples('Ana Souza, the diplomat who heads the OSCE, left.', [osce, souza])).toEqual([
      'LEADS person:ana-souza org:osce',
    ]);
  });

  it('does not look for the subject of a reported clause before "that"', () => {
    const kdp: EntitySpec = { id: 'org:kdp', type: 'Organization', names: ['KDP'] };
    const puk: EntitySpec = { id: 'org:puk', type: 'Organization', names: ['PUK'] };
    const iran: EntitySpec = { id: 'state:IRN', type: 'State', names: ['Iran'] };
    expect(
      triples('The KDP charges that the rival PUK has backing from Iran.', [kdp, puk, iran]),
    ).toEqual([]);
  });

  it('reads "pro-"/"anti-" with an owner given by a possessive or "by"', () => {
    expect(triples("Russia's anti-Japanese campaign grew.", [russia, japan])).toEqual([
      'OPPOSES state:RUS state:JPN',
    ]);
    expect(
      triples('It was the latest of many pro-Brazilian moves by Peru.', [
        { ...brazil, names: ['Brazil', 'Brazilian'] },
        peru,
      ]),
    ).toEqual(['SUPPORTS state:PER state:BRA']);
    expect(
      triples('Pro-Brazilian crowds gathered.', [{ ...brazil, names: ['Brazil', 'Brazilian'] }]),
    ).toEqual([]);
  });

  it('gives the actor of a "with X <verb>-ing" adjunct the same stance', () => {
    const text = 'Peru sharply criticised Brazil, with Ana Souza warning of dire consequences.';
    expect(triples(text, [peru, brazil, souza])).toEqual([
      'OPPOSES person:ana-souza state:BRA',
      'OPPOSES state:PER state:BRA',
    ]);
  });
});

describe('extractRelations: the author of what is voted on', () => {
  it('points a veto at the state that drafted the resolution ("a Chilean-drafted resolution")', () => {
    expect(triples('Peru vetoed a Chile-drafted resolution on Tuesday.', [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
  });
});

describe('extractRelations: judgements (evaluation cues)', () => {
  it('reads a judgement called or said about what an actor owns', () => {
    expect(triples('Peru has called Chile\'s new tariff "unjustified".', [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
    expect(triples('Brazil said the Chilean decision was a mistake.', [brazil, chile])).toEqual([
      'OPPOSES state:BRA state:CHL',
    ]);
    expect(triples('Japan described the Peruvian plan as a step forward.', [japan, peru])).toEqual([
      'SUPPORTS state:JPN state:PER',
    ]);
  });

  it('gives nothing when the judgement is denied, owned by nobody named, or not a judgement', () => {
    expect(triples('Brazil said the Chilean decision was not a mistake.', [brazil, chile])).toEqual(
      [],
    );
    expect(triples('Brazil said sanctions on Chile were illegal.', [brazil, chile])).toEqual([]);
    // "illegal" inside the object judges no one (a demand to end it is read by demand-frame.ts).
    expect(triples('Peru called on Chile to study the illegal fishing.', [peru, chile])).toEqual(
      [],
    );
    expect(triples('Peru said the Chilean decision could be a mistake.', [peru, chile])).toEqual(
      [],
    );
  });
});

describe('extractRelations: sanctions imposed and lifted', () => {
  it('reads "imposed new sanctions on Y" through the noun cue inside the object', () => {
    expect(triples('Peru imposed new sanctions on Chile on Monday.', [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
  });

  it('does not take the subject of another verb as the owner of the sanctions', () => {
    expect(triples('Peru lifted sanctions on Chile.', [peru, chile])).toEqual([]);
    expect(triples('Brazil said sanctions on Chile were illegal.', [brazil, chile])).toEqual([]);
  });
});

describe('extractRelations: acts of force and exclusion, and stances on what "his" person owns', () => {
  it('reads "X\'s invasion of Y" and "X suspended Y from the bloc"', () => {
    expect(triples("Peru's invasion of Chile began in May.", [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
    expect(triples('The Andean Council suspended Chile from the bloc.', [chile, council])).toEqual([
      'OPPOSES org:andean-council state:CHL',
    ]);
    expect(triples('Peru suspended talks with Chile in May.', [peru, chile])).toEqual([]);
  });

  it('points "backed his call" at the one person the previous sentence names', () => {
    const text = 'Ana Souza urged a ceasefire. Peru and Chile backed his call on Monday.';
    expect(triples(text, [peru, chile, souza])).toEqual([
      'SUPPORTS state:CHL person:ana-souza',
      'SUPPORTS state:PER person:ana-souza',
    ]);
  });

  it('does not point "his" at another person when the subject is a person', () => {
    const lima: EntitySpec = { id: 'person:ana-lima', type: 'Person', names: ['Ana Lima'] };
    const text = 'Ana Souza spoke first. Ana Lima defended her record.';
    expect(triples(text, [souza, lima])).toEqual([]);
  });
});

describe('extractRelations: former members and allies', () => {
  it('gives no membership to "X, a former member of Y"', () => {
    expect(
      triples('Chile, a former member of the Andean Council, objected.', [chile, council]),
    ).toEqual([]);
  });
});

describe('extractRelations: the author of a resolution named earlier', () => {
  it('points "voted for the resolution" at the author an earlier sentence names', () => {
    const text =
      'Chile tabled a Peru-drafted resolution on fishing. Japan voted for the resolution.';
    expect(triples(text, [peru, chile, japan])).toEqual(['SUPPORTS state:JPN state:PER']);
  });

  it('gives no target when two actors own such a thing, or the text names the owner anew', () => {
    const two =
      "Peru's proposal and Chile's proposal were tabled. Japan welcomed the proposal on Monday.";
    expect(triples(two, [peru, chile, japan])).toEqual([]);
    const anew = "Peru's plan was tabled. Japan rejected the plan of Brazil.";
    expect(triples(anew, [peru, japan, brazil])).toEqual(['OPPOSES state:JPN state:BRA']);
  });
});

describe('extractRelations: dispute nouns and discourse objects', () => {
  it('reads a dispute or row with an actor as opposition by the possessor or subject', () => {
    expect(triples("Peru's dispute with Chile deepened on Monday.", [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
    expect(triples('Brazil is locked in a row with Chile over fishing.', [brazil, chile])).toEqual([
      'OPPOSES state:BRA state:CHL',
    ]);
    expect(triples('Japan has been at loggerheads with Russia.', [japan, russia])).toEqual([
      'OPPOSES state:JPN state:RUS',
    ]);
    expect(triples('Peru settled its dispute over fishing rights.', [peru])).toEqual([]);
  });

  it('points a stance on "the move" at the one actor the previous sentence names', () => {
    expect(triples('Peru raised its tariffs. Chile condemned the move.', [peru, chile])).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
    expect(
      triples('Brazil accused Peru of dumping. Peru rejected the accusation.', [peru, brazil]),
    ).toEqual(['OPPOSES state:BRA state:PER', 'OPPOSES state:PER state:BRA']);
    expect(
      triples('Japan lifted its export curbs. Turkey welcomed the decision.', [japan, turkey]),
    ).toEqual(['SUPPORTS state:TUR state:JPN']);
  });

  it('gives no discourse target for a step the one actor named may have undergone', () => {
    expect(
      triples('Peru faced new sanctions. Chile opposed the sanctions.', [peru, chile]),
    ).toEqual([]);
    expect(
      triples('Peru suffered an invasion. Chile condemned the invasion.', [peru, chile]),
    ).toEqual([]);
    expect(triples('Ana Souza arrived. Chile supported the sanctions.', [souza, chile])).toEqual(
      [],
    );
  });

  it('gives no discourse target when two actors could own the step, or none is stated', () => {
    expect(
      triples('Peru and Brazil raised tariffs. Chile condemned the move.', [peru, brazil, chile]),
    ).toEqual([]);
    expect(
      triples('Peru raised its tariffs. Chile did not condemn the move.', [peru, chile]),
    ).toEqual([]);
    expect(triples('Peru raised its tariffs. Chile may condemn the move.', [peru, chile])).toEqual(
      [],
    );
    expect(
      triples('Fighting broke out in Peru. Chile condemned the attack.', [peru, chile]),
    ).toEqual([]);
  });
});

describe('extractRelations: a preposition ending the cue', () => {
  it('reads the actor after "lashed out at" as the target, not as a place', () => {
    expect(triples('Peru lashed out at Brazil.', [peru, brazil])).toEqual([
      'OPPOSES state:PER state:BRA',
    ]);
    expect(triples('Peru lashed out at critics in Brazil.', [peru, brazil])).toEqual([]);
  });
});

describe('extractRelations: subjects behind honorifics and asides', () => {
  const flores: EntitySpec = { id: 'person:flores', type: 'Person', names: ['Flores'] };
  const vidal: EntitySpec = { id: 'person:vidal', type: 'Person', names: ['Vidal'] };

  it('reads an honorific as part of the person ("Ms. Flores accused Mr. Vidal")', () => {
    expect(triples('Ms. Flores accused Mr. Vidal of lying.', [flores, vidal])).toEqual([
      'OPPOSES person:flores person:vidal',
    ]);
  });

  it('steps over an aside between the subject and its verb', () => {
    expect(
      triples('Ms. Flores, in a televised interview, praised Vidal.', [flores, vidal]),
    ).toEqual(['SUPPORTS person:flores person:vidal']);
    expect(triples('Peru, for its part, lashed out at Brazil.', [peru, brazil])).toEqual([
      'OPPOSES state:PER state:BRA',
    ]);
    expect(triples('Peru, for its part, hits back at Brazil.', [peru, brazil])).toEqual([
      'OPPOSES state:PER state:BRA',
    ]);
    expect(triples('Peru, a close partner, backs Chile.', [peru, chile])).toEqual([
      'SUPPORTS state:PER state:CHL',
    ]);
  });
});

describe('extractRelations: precision on general news', () => {
  const blair: EntitySpec = { id: 'person:tony-blair', type: 'Person', names: ['Tony Blair'] };
  const eu: EntitySpec = { id: 'org:european-union', type: 'Organization', names: ['EU'] };
  const turkish: EntitySpec = { id: 'state:TUR', type: 'State', names: ['Turkish', 'Turkey'] };

  it('does not read "a leading advocate" as leading, nor an advocated membership as a fact', () => {
    expect(
      triples('Tony Blair has been a leading advocate of Turkish membership of the EU.', [
        blair,
        turkish,
        eu,
      ]),
    ).toEqual([]);
    expect(triples("Turkey's membership of the EU began in 1999.", [turkish, eu])).toEqual([
      'MEMBER_OF state:TUR org:european-union',
    ]);
  });

  it('keeps a headline passive ("X accused of Y") from pointing X at Y', () => {
    expect(triples('Peru accused of dumping steel in Chile', [peru, chile])).toEqual([]);
    expect(triples('Peru accused Chile of dumping steel.', [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
  });

  it('finds no object inside "a plan to ..." or a "for ...-ing" reason clause', () => {
    expect(triples('Peru backed a plan to freeze the debts of Chile.', [peru, chile])).toEqual([]);
    expect(
      triples('Peru criticised the government for claiming that Chile had lied.', [peru, chile]),
    ).toEqual([]);
    expect(triples('Peru argued against Chile joining the bloc.', [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
  });
});

describe('extractRelations: nominal stances and descriptive modifiers', () => {
  const nato: EntitySpec = { id: 'org:nato', type: 'Organization', names: ['NATO'] };
  const party: EntitySpec = { id: 'org:blue-party', type: 'Organization', names: ['Blue Party'] };
  const vidal: EntitySpec = { id: 'person:ana-vidal', type: 'Person', names: ['Ana Vidal'] };

  it('points at the person a party or state only describes ("X candidate Y")', () => {
    expect(
      triples('Peru endorsed Blue Party candidate Ana Vidal on Sunday.', [peru, party, vidal]),
    ).toEqual(['MEMBER_OF person:ana-vidal org:blue-party', 'SUPPORTS state:PER person:ana-vidal']);
  });

  it('reads "in support of Y"', () => {
    expect(triples('Peru came out strongly in support of Chile.', [peru, chile])).toEqual([
      'SUPPORTS state:PER state:CHL',
    ]);
  });

  it('reads "its" before a stance noun as the nearest actor, not the subject', () => {
    expect(triples('Peru backed NATO in its dispute with Brazil.', [peru, nato, brazil])).toEqual([
      'OPPOSES org:nato state:BRA',
      'SUPPORTS state:PER org:nato',
    ]);
  });
});

describe('extractRelations: judgements in attributed speech', () => {
  it('reads intensified and plain judgements after a speech verb and a copula', () => {
    expect(
      triples("Peru said Chile's move was a serious breach of the pact.", [peru, chile]),
    ).toEqual(['OPPOSES state:PER state:CHL']);
    expect(
      triples("Brazil said Chile's decision was the right approach.", [brazil, chile]),
    ).toEqual(['SUPPORTS state:BRA state:CHL']);
    expect(triples("Peru said Chile's decision was not wrong.", [peru, chile])).toEqual([]);
  });
});
