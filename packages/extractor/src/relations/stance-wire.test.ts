import { describe, expect, it } from 'vitest';
import { ORGS, STATES, type EntitySpec } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

// Wire-service constructions (a fresh corpus of 1990s agency copy, read for precision and
// recall), on sentences written for these tests: results lines, parties at odds, sanctions
// "imposed on" a state, thanks for help, a stance verb that is also a title.

const { chile, peru, germany, france, uk } = STATES;
const { un } = ORGS;
const ana = personSpec('ana-lind', 'Ana Lind', 'Lind');
const eva = personSpec('eva-moss', 'Eva Moss', 'Moss');
const club: EntitySpec = { id: 'org:real-lima', type: 'Organization', names: ['Real Lima'] };
const ALL = ['OPPOSES', 'SUPPORTS', 'ALLIED_WITH'];

describe('extractRelations: a results line is no stance', () => {
  it("gives no OPPOSES when the loser's origin stands between the object and the score", () => {
    expect(stanceTriples('Ana Lind (Chile) beat Eva Moss (Peru) 6-1 6-2', [ana, eva])).toEqual([]);
    expect(stanceTriples('Ana Lind beat Eva Moss of Peru 6-4 3-6 6-3.', [ana, eva])).toEqual([]);
  });

  it("gives no OPPOSES when the winner's origin or record stands right before the verb", () => {
    expect(stanceTriples('3 - Ana Lind (Chile) beat 5 - Eva Moss', [ana, eva])).toEqual([]);
    expect(stanceTriples('Ana Lind (Czech Republic) defeated Eva Moss.', [ana, eva])).toEqual([]);
    expect(stanceTriples('Ana Lind (14-6) beat Eva Moss for the third time.', [ana, eva])).toEqual(
      [],
    );
  });

  it('gives no OPPOSES when the actor found owns or modifies the head before the score', () => {
    expect(stanceTriples("Real Lima beat Chile's Ana Lind 71-57.", [club, chile, ana])).toEqual([]);
    expect(stanceTriples('Eva Moss defeated Chilean Ana Lind 7-6 7-6.', [eva, chile, ana])).toEqual(
      [],
    );
  });

  it('gives no OPPOSES for a result under a sport\'s slug ("Tennis - X beats Y")', () => {
    expect(stanceTriples('Tennis - Ana Lind beats Eva Moss in Paris final.', [ana, eva])).toEqual(
      [],
    );
    expect(
      stanceTriples('Soccer: Germany criticises France over stadiums.', [germany, france]),
    ).toEqual(['OPPOSES state:DEU state:FRA']);
  });

  it('keeps a bracket that is no results line ("X (a NATO member) ...", other verbs)', () => {
    expect(
      stanceTriples('Germany attacked France (a close ally) on Monday.', [germany, france]),
    ).toEqual(['OPPOSES state:DEU state:FRA']);
    expect(stanceTriples('Ana Lind (Chile) criticised Eva Moss on Monday.', [ana, eva])).toEqual([
      'OPPOSES person:ana-lind person:eva-moss',
    ]);
  });
});

describe('extractRelations: two parties in disagreement or in dispute', () => {
  it('makes each oppose the other ("X and Y were still in disagreement")', () => {
    const both = ['OPPOSES state:DEU state:FRA', 'OPPOSES state:FRA state:DEU'];
    expect(
      stanceTriples('Germany and France were still in disagreement on the budget.', [
        germany,
        france,
      ]),
    ).toEqual(both);
    expect(
      stanceTriples('Germany and France are in dispute over fishing rights.', [germany, france]),
    ).toEqual(both);
  });

  it('points a joined subject at the one after "with", not at each other', () => {
    expect(
      stanceTriples('Germany and France are at odds with Peru over tariffs.', [
        germany,
        france,
        peru,
      ]),
    ).toEqual(['OPPOSES state:DEU state:PER', 'OPPOSES state:FRA state:PER']);
    expect(
      stanceTriples('Germany remains in disagreement with France.', [germany, france]),
    ).toEqual(['OPPOSES state:DEU state:FRA']);
  });

  it('gives nothing when denied', () => {
    expect(stanceTriples('Germany and France are not in dispute.', [germany, france])).toEqual([]);
  });
});

describe('extractRelations: sanctions "imposed on" a state', () => {
  it('reads the owner or the agent of the sanctions as opposing the state', () => {
    expect(
      stanceTriples('The deal is an exception to the UN sanctions imposed on Peru.', [un, peru]),
    ).toEqual(['OPPOSES org:united-nations state:PER']);
    expect(
      stanceTriples('The sanctions imposed on Peru by Germany remain in force.', [germany, peru]),
    ).toEqual(['OPPOSES state:DEU state:PER']);
  });

  it('gives no stance to one who wants them ended', () => {
    expect(
      stanceTriples('Chile wants to end the sanctions imposed on Peru.', [chile, peru]),
    ).toEqual([]);
  });
});

describe('extractRelations: thanks for help', () => {
  it('reads the one thanked for its support or aid as supporting the one thanking', () => {
    expect(stanceTriples('Chile thanked Peru for its support.', [chile, peru])).toEqual([
      'SUPPORTS state:CHL state:PER',
      'SUPPORTS state:PER state:CHL',
    ]);
    expect(
      stanceTriples('Ana Lind thanked Britain for economic and technological aid.', [ana, uk]),
    ).toEqual(['SUPPORTS person:ana-lind state:GBR', 'SUPPORTS state:GBR person:ana-lind']);
  });

  it("gives the thanks alone for other favours or for help that is a third party's", () => {
    expect(stanceTriples('Chile thanked Peru for its hospitality.', [chile, peru])).toEqual([
      'SUPPORTS state:CHL state:PER',
    ]);
    expect(
      stanceTriples('Chile thanked Peru for the support of Germany.', [chile, peru, germany]),
    ).toEqual(['SUPPORTS state:CHL state:PER']);
  });
});

describe('extractRelations: "champion" as a title before a name', () => {
  it('reads "Peruvian champions Real Lima", "Chilean champion Ana Lind" as titles', () => {
    expect(
      stanceTriples('Peruvian champions Real Lima lost on Saturday.', [peru, club], ALL),
    ).toEqual([]);
    expect(
      stanceTriples('Chilean champion Ana Lind took second place.', [chile, ana], ALL),
    ).toEqual([]);
  });

  it('keeps the verb after a joined subject', () => {
    expect(
      stanceTriples('Germany and France champion Peru in its bid.', [germany, france, peru]),
    ).toEqual(['SUPPORTS state:DEU state:PER', 'SUPPORTS state:FRA state:PER']);
  });
});

describe("extractRelations: denying an actor's charges", () => {
  it('reads the one denying and the accuser as opposing each other ("X denied Y\'s charges")', () => {
    const pair = ['OPPOSES state:CHL state:PER', 'OPPOSES state:PER state:CHL'];
    expect(stanceTriples('Chile denied Peruvian charges of aiding rebels.', [chile, peru])).toEqual(
      pair,
    );
    expect(stanceTriples("Chile denied Peru's latest charges.", [chile, peru])).toEqual(pair);
    expect(
      stanceTriples('Chile has always denied the accusations by Peru.', [chile, peru]),
    ).toEqual(pair);
    expect(stanceTriples('Ana Lind denied the claims made by Peru.', [ana, peru])).toEqual([
      'OPPOSES person:ana-lind state:PER',
    ]);
  });

  it('gives nothing when the denial is negated or the actor is the accused', () => {
    expect(stanceTriples("Chile did not deny Peru's charges.", [chile, peru])).toEqual([]);
    expect(stanceTriples('Chile denied the charges against Peru.', [chile, peru])).toEqual([]);
    expect(stanceTriples('Chile denied charges of spying for Peru.', [chile, peru])).toEqual([]);
  });
});
