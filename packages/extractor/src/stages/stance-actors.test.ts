import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

function people(text: string): string[] {
  return body(text)
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);
}

describe('personConstruction', () => {
  it('takes a lone name that a copula calls a person for a person', () => {
    expect(people('Okonjo has been a critic of the ministry for years.')).toEqual(['Okonjo']);
    expect(people('Halvorsen is a former senator from the north.')).toEqual(['Halvorsen']);
    expect(people('The board said Okafor was an early backer of the plan.')).toEqual(['Okafor']);
  });

  it('takes no name after a copula whose noun is no person or names things too', () => {
    expect(people('Okonjo has been active in the ministry for years.')).toEqual([]);
    expect(people('Vortexa is a leader in tanker tracking.')).toEqual([]);
    expect(people('The founder of Vortexa is a billionaire.')).toEqual([]);
  });

  it('takes the object of a stance verb called a person after "as" for a person', () => {
    expect(people('The mayor praised Okonjo as a fine gentleman.')).toEqual(['Okonjo']);
  });

  it('takes a name whose aside speaks of "his" or "her" for a person', () => {
    expect(people('Halvorsen, in his memoir, attacks the plan.')).toEqual(['Halvorsen']);
    expect(people('Okafor, according to those close to him, had decided.')).toEqual(['Okafor']);
  });

  it('takes no opening word, place or clause of its own before the pronoun for a person', () => {
    expect(people('Well, he said the plan would fail.')).toEqual([]);
    expect(people('Unfortunately, she said the plan would fail.')).toEqual([]);
    expect(people('Police said the attack on Quorvo, despite his warnings, went ahead.')).toEqual(
      [],
    );
    expect(people('The town of Thoiry, where he grew up, voted no.')).toEqual([]);
  });
});

describe('openingSubject', () => {
  it('takes a lone name opening its sentence before a verb where the tagger reads a person', () => {
    expect(people('Kelly has generally refrained from responding.')).toEqual(['Kelly']);
    expect(people('Ryan also welcomed the decision.')).toEqual(['Ryan']);
  });

  it('takes no common noun opening its sentence before a verb for a person', () => {
    expect(people('Markets reacted calmly to the news.')).toEqual([]);
    expect(people('Traffic was heavy on the bridge.')).toEqual([]);
    expect(people('Voting has begun in the capital.')).toEqual([]);
  });

  it('takes a listed name before an auxiliary or modal, negated or not, for a person', () => {
    expect(people('Okafor would like the inquiry to end.')).toEqual(['Okafor']);
    expect(people('Okafor won’t attend the summit.')).toEqual(['Okafor']);
    expect(people("Halvorsen didn't answer the question.")).toEqual(['Halvorsen']);
    expect(people('Growth would slow sharply next year.')).toEqual([]);
    expect(people("Turnout didn't rise in the north.")).toEqual([]);
  });
});

describe('namedPersonAllows', () => {
  it("takes a word the list of people's names has in a stance object's or owner's slot", () => {
    expect(people('The governor has endorsed Okafor.')).toEqual(['Okafor']);
    expect(people('The senator has attacked Farrow on Monday.')).toEqual(['Farrow']);
    expect(people('The board welcomed Okafor’s decision.')).toEqual(['Okafor']);
  });

  it('takes no policy, product or firm no list names in the same slots for a person', () => {
    expect(people('Voters endorsed Brexit in the referendum.')).toEqual([]);
    expect(people('The governor has endorsed Quorvo.')).toEqual([]);
    expect(people('Texolan’s lawyers filed the appeal on Tuesday.')).toEqual([]);
  });

  it('takes a listed name before a verb organizations use too unless the tagger is sure', () => {
    expect(people('In response, a calm Okafor accuses the minister of lying.')).toEqual(['Okafor']);
    expect(people('In response, a calm Quorvo accuses the minister of lying.')).toEqual([]);
  });

  it('takes a listed subject of any verb the tagger reads as a person or no name', () => {
    expect(
      people('As the paper points out, Okafor has previously been critical of the plan.'),
    ).toEqual(['Okafor']);
    expect(
      people('As the paper points out, Quorvo has previously been critical of the plan.'),
    ).toEqual([]);
    // A firm named for someone, read as one.
    expect(people('Like many giants, Ford has been criticized by the mayor.')).toEqual([]);
  });

  it('takes a listed name opening its sentence before a verb for a person', () => {
    expect(people('Abernathy also welcomed the decision.')).toEqual(['Abernathy']);
    expect(people('Quorvo also welcomed the decision.')).toEqual([]);
  });
});

describe('listedOwner', () => {
  it('takes a listed name owning an act of stance, or what people own behind a modifier', () => {
    expect(people('Okafor’s travel ban angered the unions.')).toEqual(['Okafor']);
    expect(people('Okafor’s attacks on the press angered the unions.')).toEqual(['Okafor']);
  });

  it('takes no owner of anything else, nor an unlisted word, for a person', () => {
    expect(people('Okafor’s garden angered the unions.')).toEqual([]);
    expect(people('Quorvo’s travel ban angered the unions.')).toEqual([]);
    expect(people('Okafor’s oil shares angered the unions.')).toEqual([]);
  });
});

describe('objectSlot', () => {
  it('takes no compound adjective in -backed for a verb of stance', () => {
    expect(people('Rebels fought the Soviet-backed Okonkwo for years.')).toEqual([]);
  });
});

describe('openingAllows', () => {
  it('takes no listed name that names a town too, which non-persons.ts would demote', () => {
    expect(body('Warren played down the threat, saying the deal was small.').entities).toEqual([]);
  });
});
