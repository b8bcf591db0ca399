import { describe, expect, it } from 'vitest';
import { ORGS, STATES, type EntitySpec } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

// Stance recall on constructions of news English seen missed on unseen text (issue 10, stop 26),
// tested on sentences written for these tests.

const { chile, peru, china } = STATES;
const { eu } = ORGS;
const mara = personSpec('mara-quist', 'Mara Quist', 'Quist');
const tomas = personSpec('tomas-reyes', 'Tomas Reyes', 'Reyes');
const union: EntitySpec = { id: 'org:dock-union', type: 'Organization', names: ['Dock Union'] };
const party: EntitySpec = {
  id: 'org:green-league',
  type: 'Organization',
  names: ['Green League'],
};

describe('extractRelations: the people of a body named before "of" act for it', () => {
  it('reads "Officials of Y" opening the clause as Y', () => {
    expect(
      stanceTriples('Officials of the Dock Union condemned Mara Quist.', [union, mara]),
    ).toEqual(['OPPOSES org:dock-union person:mara-quist']);
  });

  it('does not read "Members of the Y" as Y: members are people of the body, not its voice', () => {
    expect(
      stanceTriples('Members of the Green League praised Mara Quist on Monday.', [party, mara]),
    ).toEqual([]);
    expect(
      stanceTriples('Members of the Green League voiced their opposition to Mara Quist.', [
        party,
        mara,
      ]),
    ).toEqual([]);
    expect(
      stanceTriples('Members of the Green League signed a letter condemning Mara Quist.', [
        party,
        mara,
      ]),
    ).toEqual([]);
    // The body itself or its leaders still speak for it.
    expect(
      stanceTriples('Leaders of the Green League voiced their opposition to Mara Quist.', [
        party,
        mara,
      ]),
    ).toEqual(['OPPOSES org:green-league person:mara-quist']);
    expect(stanceTriples('The Green League criticised Mara Quist.', [party, mara])).toEqual([
      'OPPOSES org:green-league person:mara-quist',
    ]);
  });

  it('reads them after "the", a comma or a speech verb', () => {
    expect(
      stanceTriples('On Monday, the leaders of the European Union criticised Chile.', [eu, chile]),
    ).toEqual(['OPPOSES org:european-union state:CHL']);
    expect(
      stanceTriples('Peru said officials of the European Union had backed Chile.', [
        eu,
        chile,
        peru,
      ]),
    ).toEqual(['SUPPORTS org:european-union state:CHL']);
  });

  it('carries them into a letter they signed', () => {
    expect(
      stanceTriples('Officials of the Green League signed a letter condemning Mara Quist.', [
        party,
        mara,
      ]),
    ).toEqual(['OPPOSES org:green-league person:mara-quist']);
  });

  it('gives nothing for a counted or qualified part of the body', () => {
    expect(
      stanceTriples('Some members of the Green League criticised Mara Quist.', [party, mara]),
    ).toEqual([]);
    expect(
      stanceTriples('Two officials of the Dock Union criticised Mara Quist.', [union, mara]),
    ).toEqual([]);
  });

  it('gives nothing when the people are an object, or the act is negated, modal or asked', () => {
    expect(
      stanceTriples('Chile met leaders of the European Union and condemned Peru.', [
        eu,
        chile,
        peru,
      ]),
    ).toEqual(['OPPOSES state:CHL state:PER']);
    expect(
      stanceTriples('Members of the Dock Union did not condemn Mara Quist.', [union, mara]),
    ).toEqual([]);
    expect(
      stanceTriples('Members of the Dock Union could condemn Mara Quist.', [union, mara]),
    ).toEqual([]);
    expect(
      stanceTriples('Did members of the Dock Union condemn Mara Quist?', [union, mara]),
    ).toEqual([]);
  });

  it('gives nothing for members placed by "in", or for people who only come from a state', () => {
    expect(stanceTriples('Members in China criticised Peru.', [china, peru])).toEqual([]);
    expect(stanceTriples('Students of China criticised Peru.', [china, peru])).toEqual([]);
  });
});

describe('extractRelations: a conjunct headed by governing people may open with a modifier', () => {
  const league = party;
  it('reads "X and House Y leaders" as X and Y, on either end', () => {
    expect(
      stanceTriples('Mara Quist praised Chile and House Green League leaders for the vote.', [
        mara,
        chile,
        league,
      ]),
    ).toEqual([
      'SUPPORTS person:mara-quist org:green-league',
      'SUPPORTS person:mara-quist state:CHL',
    ]);
    expect(
      stanceTriples('Chile and Senate Green League lawmakers criticised Mara Quist.', [
        mara,
        chile,
        league,
      ]),
    ).toEqual([
      'OPPOSES org:green-league person:mara-quist',
      'OPPOSES state:CHL person:mara-quist',
    ]);
  });

  it('gives nothing for people the actor only describes, or when the praise is negated', () => {
    expect(
      stanceTriples('Mara Quist praised Chile and House Green League voters.', [
        mara,
        chile,
        league,
      ]),
    ).toEqual(['SUPPORTS person:mara-quist state:CHL']);
    expect(
      stanceTriples('Mara Quist did not praise Chile and House Green League leaders.', [
        mara,
        chile,
        league,
      ]),
    ).toEqual([]);
  });
});

describe('extractRelations: a demand noun after a verb of the subject', () => {
  it('keeps the demand a subject renews or joins ("renewed his call for Y\'s resignation")', () => {
    expect(
      stanceTriples("Mara Quist renewed her call for Tomas Reyes's resignation.", [mara, tomas]),
    ).toEqual(['OPPOSES person:mara-quist person:tomas-reyes']);
    expect(
      stanceTriples('Chile joined calls for the removal of Tomas Reyes.', [chile, tomas]),
    ).toEqual(['OPPOSES state:CHL person:tomas-reyes']);
  });

  it('gives nothing for a demand the subject only meets, or a negated renewal', () => {
    expect(
      stanceTriples('Chile ignored calls for the removal of Tomas Reyes.', [chile, tomas]),
    ).toEqual([]);
    expect(
      stanceTriples('Mara Quist is facing calls for the removal of Tomas Reyes.', [mara, tomas]),
    ).toEqual([]);
    expect(
      stanceTriples("Mara Quist rejected his call for Tomas Reyes's resignation.", [mara, tomas]),
    ).toEqual([]);
    expect(
      stanceTriples("Mara Quist did not renew her call for Tomas Reyes's resignation.", [
        mara,
        tomas,
      ]),
    ).toEqual([]);
  });

  it('keeps the plain verb ("X calls for Y\'s resignation")', () => {
    expect(stanceTriples("Mara Quist calls for Tomas Reyes's resignation.", [mara, tomas])).toEqual(
      ['OPPOSES person:mara-quist person:tomas-reyes'],
    );
  });
});

describe('extractRelations: a participle after a preposition opening the sentence', () => {
  it('shares the main clause\'s subject ("In rejecting Y\'s plan, X said ...")', () => {
    expect(
      stanceTriples("In rejecting Peru's proposal, Chile said the plan was flawed.", [chile, peru]),
    ).toEqual(['OPPOSES state:CHL state:PER']);
    expect(
      stanceTriples('After praising Mara Quist for her work, Chile recalled its envoy.', [
        chile,
        mara,
      ]),
    ).toEqual(['SUPPORTS state:CHL person:mara-quist']);
  });

  it('gives nothing after "instead of" or "without"', () => {
    expect(
      stanceTriples('Instead of criticising Peru, Chile recalled its envoy.', [chile, peru]),
    ).toEqual([]);
    expect(
      stanceTriples('Without criticising Peru, Chile recalled its envoy.', [chile, peru]),
    ).toEqual([]);
  });
});

describe('extractRelations: an infinitive after adjuncts of the object that controls it', () => {
  it('serves the subject past "in <place> on <day>" ("used a rally in Y on Monday to praise Z")', () => {
    expect(
      stanceTriples('Chile used a summit in Lima on Monday to praise Mara Quist.', [chile, mara]),
    ).toEqual(['SUPPORTS state:CHL person:mara-quist']);
    expect(
      stanceTriples('The Dock Union held a rally in the port on Friday to condemn Mara Quist.', [
        union,
        mara,
      ]),
    ).toEqual(['OPPOSES org:dock-union person:mara-quist']);
    expect(
      stanceTriples('Mara Quist urged voters in the south to reject Peru.', [mara, peru]),
    ).toEqual(['OPPOSES person:mara-quist state:PER']);
  });

  it('gives nothing for a verb that serves no stance, or a negated or modal one', () => {
    expect(
      stanceTriples('Chile met envoys in Lima on Monday to praise Mara Quist.', [chile, mara]),
    ).toEqual([]);
    expect(
      stanceTriples('Chile did not use the summit in Lima to praise Mara Quist.', [chile, mara]),
    ).toEqual([]);
    expect(
      stanceTriples('Chile may use the summit in Lima to praise Mara Quist.', [chile, mara]),
    ).toEqual([]);
  });
});

describe('extractRelations: a speaker who says an actor is guilty', () => {
  it('reads "X said (argued that) Y is guilty of ..." as X opposing Y', () => {
    expect(stanceTriples('Mara Quist said Tomas Reyes is guilty of fraud.', [mara, tomas])).toEqual(
      ['OPPOSES person:mara-quist person:tomas-reyes'],
    );
    expect(
      stanceTriples('Chile argued that Peru was guilty of breaching the treaty.', [chile, peru]),
    ).toEqual(['OPPOSES state:CHL state:PER']);
  });

  it('gives nothing when the guilt is denied, negated, asked or found by others', () => {
    const none = [
      'Mara Quist denied that Tomas Reyes was guilty of fraud.',
      'Mara Quist said Tomas Reyes is not guilty of fraud.',
      'Mara Quist asked whether Tomas Reyes was guilty of fraud.',
      'Mara Quist said Tomas Reyes was found guilty of fraud.',
    ];
    for (const text of none) expect(stanceTriples(text, [mara, tomas])).toEqual([]);
  });
});

describe('extractRelations: a speech gerund opening the sentence', () => {
  it('reports for the main clause\'s subject ("Saying Y had lied, X walked out")', () => {
    expect(
      stanceTriples('Saying Tomas Reyes had lied, Mara Quist walked out.', [mara, tomas]),
    ).toEqual(['OPPOSES person:mara-quist person:tomas-reyes']);
    expect(
      stanceTriples('Arguing that Peru is guilty of fraud on two counts, Chile left the talks.', [
        chile,
        peru,
      ]),
    ).toEqual(['OPPOSES state:CHL state:PER']);
  });

  it('gives nothing when the deed is negated or the gerund is itself a subject', () => {
    expect(
      stanceTriples('Saying Tomas Reyes had not lied, Mara Quist walked out.', [mara, tomas]),
    ).toEqual([]);
    expect(
      stanceTriples('Saying Tomas Reyes had lied would be wrong, Mara Quist said.', [mara, tomas]),
    ).toEqual([]);
  });
});

describe('extractRelations: an actor placed among those of a relative clause', () => {
  it('acts as the clause says ("X was among those who condemned Y")', () => {
    expect(stanceTriples('Chile was among those who condemned Mara Quist.', [chile, mara])).toEqual(
      ['OPPOSES state:CHL person:mara-quist'],
    );
    expect(
      stanceTriples('The Dock Union is among the groups that back Mara Quist.', [union, mara]),
    ).toEqual(['SUPPORTS org:dock-union person:mara-quist']);
  });

  it('reads the inverted order ("Among those who condemned Y was the group X")', () => {
    expect(
      stanceTriples('Among those who criticised Peru were Chile and the Dock Union.', [
        chile,
        peru,
        union,
      ]),
    ).toEqual(['OPPOSES org:dock-union state:PER', 'OPPOSES state:CHL state:PER']);
    expect(
      stanceTriples(
        'Among the groups which condemned Mara Quist was the port workers union Dock Union, while Peru said nothing.',
        [union, mara, peru],
      ),
    ).toEqual(['OPPOSES org:dock-union person:mara-quist']);
  });

  it('gives nothing when the actor is not among them, the act is negated, or asked', () => {
    const none = [
      'Chile was not among those who condemned Mara Quist.',
      'Chile was among those who did not condemn Mara Quist.',
      'Was Chile among those who condemned Mara Quist?',
    ];
    for (const text of none) expect(stanceTriples(text, [chile, mara])).toEqual([]);
  });
});

describe('extractRelations: a conjunction closes a premodified agent noun after a copula', () => {
  it('reads "X has been one of Y\'s strongest critics but ..."', () => {
    expect(
      stanceTriples(
        "Chile has been one of Peru's strongest critics but, in a change of tone, it met its envoy.",
        [chile, peru],
      ),
    ).toEqual(['OPPOSES state:CHL state:PER']);
    expect(
      stanceTriples("Chile is one of Peru's staunchest supporters although it voted no.", [
        chile,
        peru,
      ]),
    ).toEqual(['SUPPORTS state:CHL state:PER']);
  });

  it('gives nothing when negated or past', () => {
    expect(
      stanceTriples("Chile is not one of Peru's strongest critics but it voted no.", [chile, peru]),
    ).toEqual([]);
    expect(
      stanceTriples("Chile was one of Peru's strongest critics but it changed course.", [
        chile,
        peru,
      ]),
    ).toEqual([]);
  });
});

describe('extractRelations: an apology or retraction demanded from an actor', () => {
  it('reads "X demanded an apology (a retraction) from Y" as X opposing Y', () => {
    expect(
      stanceTriples('Mara Quist demanded an apology from the Dock Union.', [mara, union]),
    ).toEqual(['OPPOSES person:mara-quist org:dock-union']);
    expect(stanceTriples('Chile demanded a retraction from Peru.', [chile, peru])).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
  });

  it('gives nothing for an apology received, or a demand negated', () => {
    expect(
      stanceTriples('Mara Quist received an apology from the Dock Union.', [mara, union]),
    ).toEqual([]);
    expect(stanceTriples('Chile did not demand a retraction from Peru.', [chile, peru])).toEqual(
      [],
    );
  });
});

describe('extractRelations: a long apposition between the subject and its verb', () => {
  it('is stepped over up to 28 tokens', () => {
    expect(
      stanceTriples(
        'Mara Quist, one of the investors who put up millions to buy a large part of the old portfolio of apartment buildings and shops in the city, filed a lawsuit accusing Tomas Reyes of fraud.',
        [mara, tomas],
      ),
    ).toEqual(['OPPOSES person:mara-quist person:tomas-reyes']);
  });
});

describe('extractRelations: sounding the alarm over an actor', () => {
  it('reads "X sounded (raised) the alarm over Y\'s ..." as X opposing Y', () => {
    expect(
      stanceTriples("Chile sounded the alarm over Peru's border patrols.", [chile, peru]),
    ).toEqual(['OPPOSES state:CHL state:PER']);
    expect(stanceTriples('Chile is raising the alarm about Peru.', [chile, peru])).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
  });

  it('gives nothing when negated, or when the alarm is over no actor', () => {
    expect(
      stanceTriples("Chile did not sound the alarm over Peru's patrols.", [chile, peru]),
    ).toEqual([]);
    expect(
      stanceTriples('Chile sounded the alarm over the economy, Peru said.', [chile, peru]),
    ).toEqual([]);
  });
});
