import { describe, expect, it } from 'vitest';
import { extractRelations } from './index.js';
import { ORGS, STATES, analysisOf, type EntitySpec } from './test-analysis.js';

const { brazil, chile, peru, japan, france, germany, uk, russia, turkey } = STATES;
const { mercosur } = ORGS;
const labour: EntitySpec = { id: 'org:labour', type: 'Organization', names: ['Labour Party'] };
const greens: EntitySpec = { id: 'org:greens', type: 'Organization', names: ['Green Party'] };
const militia: EntitySpec = {
  id: 'org:northern-front',
  type: 'Organization',
  names: ['Northern Front'],
};

function allied(text: string, entities: EntitySpec[]): string[] {
  return extractRelations(analysisOf(text, entities), {})
    .filter((r) => r.type === 'ALLIED_WITH')
    .map((r) => `${r.source} ${r.target}`)
    .sort();
}

describe('extractRelations: alliances', () => {
  it('reads "an ally of" with the adjectives that commonly qualify it', () => {
    expect(allied('Chile is a trusted ally of Peru.', [chile, peru])).toEqual([
      'state:CHL state:PER',
    ]);
    expect(allied('Chile has long been a traditional ally of Peru.', [chile, peru])).toEqual([
      'state:CHL state:PER',
    ]);
    expect(allied('Chile, a strategic ally of Peru, voted for the plan.', [chile, peru])).toEqual([
      'state:CHL state:PER',
    ]);
  });

  it('gives nothing for what is no longer, or an infinitive after "ally"', () => {
    expect(
      allied('Chile, a former trusted ally of Peru, voted for the plan.', [chile, peru]),
    ).toEqual([]);
    expect(allied('Chile was the latest Peru ally to join the Mercosur.', [chile, peru])).toEqual(
      [],
    );
  });

  it('reads "once an ally of" as what no longer is, but not "once again"', () => {
    expect(allied('Chile, once a close ally of Peru, voted for the plan.', [chile, peru])).toEqual(
      [],
    );
    expect(allied('Chile is once again a close ally of Peru.', [chile, peru])).toEqual([
      'state:CHL state:PER',
    ]);
  });

  it('pairs the subjects that formed an alliance or signed a defence pact', () => {
    expect(allied('Chile and Peru formed an alliance against the cartels.', [chile, peru])).toEqual(
      ['state:CHL state:PER'],
    );
    expect(
      allied('Brazil, Chile and Peru signed a mutual defence pact in May.', [brazil, chile, peru]),
    ).toEqual(['state:BRA state:CHL', 'state:BRA state:PER', 'state:CHL state:PER']);
  });

  it('gives no alliance for a pact that is only proposed or any pact at all', () => {
    expect(allied('Chile and Peru may sign a defence pact next year.', [chile, peru])).toEqual([]);
    expect(allied('Chile and Peru signed a trade pact in May.', [chile, peru])).toEqual([]);
  });

  it('reads "formed a coalition with" and "signed a defence pact with"', () => {
    expect(
      allied('The Labour Party formed a coalition with the Green Party.', [labour, greens]),
    ).toEqual(['org:greens org:labour']);
    expect(allied('Japan signed a defence pact with France in May.', [japan, france])).toEqual([
      'state:FRA state:JPN',
    ]);
  });

  it('gives nothing for a pact to come or a trade pact', () => {
    expect(allied('Japan will sign a defence pact with France.', [japan, france])).toEqual([]);
    expect(allied('Japan signed a trade pact with France in May.', [japan, france])).toEqual([]);
  });

  it('reads "X-allied Y"', () => {
    expect(allied('The Russia-allied Northern Front shelled the town.', [russia, militia])).toEqual(
      ['org:northern-front state:RUS'],
    );
    expect(allied('Russia-allied rebels attacked Turkey on Monday.', [russia, turkey])).toEqual([]);
    expect(allied('The Russia-based Northern Front shelled the town.', [russia, militia])).toEqual(
      [],
    );
  });

  it('finds the owner of "its ally Y" a dozen words back', () => {
    const text =
      'Japan called on Russia on Monday to end its "business as usual" with its ally Chile.';
    expect(allied(text, [japan, russia, chile])).toEqual(['state:CHL state:RUS']);
  });

  it('gives no owner to "its ally Y" when the nearest actor is no state', () => {
    const text = 'Brazil urged the Mercosur bloc on Monday to end its quarrel with its ally Chile.';
    expect(allied(text, [brazil, mercosur, chile])).toEqual([]);
  });

  it("reads the name set off by a comma after a state's ally cue", () => {
    expect(allied("Russia's closest ally, Turkey, held drills.", [russia, turkey])).toEqual([
      'state:RUS state:TUR',
    ]);
    expect(
      allied('Japan and its allies, Britain and France, sent ships.', [japan, uk, france]),
    ).toEqual(['state:FRA state:JPN', 'state:GBR state:JPN']);
  });

  it('gives nothing when the comma opens no name, or a name owning another', () => {
    expect(allied("Russia's ally, which Turkey backs, held drills.", [russia, turkey])).toEqual([]);
    expect(
      allied("Russia's ally, Turkey's neighbour Chile, held drills.", [russia, turkey, chile]),
    ).toEqual([]);
  });

  it('makes the states an organization calls its allies allies of each other', () => {
    expect(
      allied('Chile and Peru, both Mercosur allies, met on Monday.', [chile, peru, mercosur]),
    ).toEqual(['state:CHL state:PER']);
    expect(
      allied('Chile and Peru, both Mercosur members, met on Monday.', [chile, peru, mercosur]),
    ).toEqual([]);
  });

  it('reads "an alliance of X and Y", but no other noun "of X and Y"', () => {
    expect(allied('An alliance of Chile and Peru was formed in 1990.', [chile, peru])).toEqual([
      'state:CHL state:PER',
    ]);
    expect(allied('A summit of Chile and Peru was held in 1990.', [chile, peru])).toEqual([]);
  });

  it('pairs the parties that formed a coalition', () => {
    expect(
      allied('The Labour Party and the Green Party formed a coalition.', [labour, greens]),
    ).toEqual(['org:greens org:labour']);
    expect(
      allied('The Labour Party and the Green Party may form a coalition.', [labour, greens]),
    ).toEqual([]);
  });

  it('makes the owner of "its Russian ally" allied with the state the demonym names', () => {
    expect(allied('Turkey and its Russian ally held drills.', [turkey, russia])).toEqual([
      'state:RUS state:TUR',
    ]);
    expect(allied("Turkey's Russian ally held drills.", [turkey, russia])).toEqual([
      'state:RUS state:TUR',
    ]);
  });

  it('gives no owner to a plural, former or unowned demonym ally', () => {
    expect(allied("A few of Turkey's Russian allies held drills.", [turkey, russia])).toEqual([]);
    expect(allied('Turkey and its former Russian ally quarrelled.', [turkey, russia])).toEqual([]);
    expect(allied('Turkey said the Russian ally held drills.', [turkey, russia])).toEqual([]);
  });

  it('gives nothing for a former ally named after the cue, with or without a comma', () => {
    expect(allied("Russia's former ally Turkey held drills.", [russia, turkey])).toEqual([]);
    expect(allied('Russia and its former ally, Turkey, held drills.', [russia, turkey])).toEqual(
      [],
    );
    expect(allied('The former Russian ally Turkey held drills.', [russia, turkey])).toEqual([]);
    expect(allied('The Russian ally Turkey held drills.', [russia, turkey])).toEqual([
      'state:RUS state:TUR',
    ]);
  });

  it('pairs the list after "the allies"', () => {
    expect(allied('The allies Britain and France sent ships.', [uk, france])).toEqual([
      'state:FRA state:GBR',
    ]);
    expect(
      allied('Gas talks between the long-time allies Russia and Turkey failed.', [russia, turkey]),
    ).toEqual(['state:RUS state:TUR']);
  });

  it('gives nothing for former allies, allies of a list, or one named ally', () => {
    expect(allied('The former allies Britain and France quarrelled.', [uk, france])).toEqual([]);
    expect(allied('The allies of Britain and France sent ships.', [uk, france])).toEqual([]);
    expect(allied('Britain and France, former allies, quarrelled.', [uk, france])).toEqual([]);
    expect(allied('The allies Britain sent ships to Germany.', [uk, germany])).toEqual([]);
  });
});
