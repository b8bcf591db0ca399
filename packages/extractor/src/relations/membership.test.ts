import { describe, expect, it } from 'vitest';
import { extractRelations } from './index.js';
import { ORGS, STATES, analysisOf, type EntitySpec } from './test-analysis.js';

const { germany, turkey, japan, us, france, peru } = STATES;

function triples(text: string, entities: EntitySpec[]): string[] {
  return extractRelations(analysisOf(text, entities), {})
    .map((r) => `${r.type} ${r.source} ${r.target}`)
    .sort();
}

describe('extractRelations: alliances and membership', () => {
  it('reads "NATO ally Turkey" as membership, and as alliance with the state dealing with it', () => {
    expect(
      triples('Germany is reluctant to share intelligence with NATO ally Turkey.', [
        germany,
        turkey,
        ORGS.nato,
      ]),
    ).toEqual(['ALLIED_WITH state:DEU state:TUR', 'MEMBER_OF state:TUR org:nato']);
  });

  it('gives no membership to the owner of the subject ("X\'s plan will please members of Y")', () => {
    expect(triples("Peru's plan will please the members of NATO.", [peru, ORGS.nato])).toEqual([]);
    expect(triples('Peru is a member of NATO.', [peru, ORGS.nato])).toEqual([
      'MEMBER_OF state:PER org:nato',
    ]);
  });

  it('reads "[state] ally [state]" as an alliance', () => {
    expect(triples('Washington sent troops to U.S. ally Japan.', [us, japan])).toEqual([
      'ALLIED_WITH state:JPN state:USA',
    ]);
  });

  it('stores a symmetric alliance once per pair, whichever way it is said', () => {
    const text =
      'Japan and the United States are close allies. The United States and Japan are allies.';
    const relations = extractRelations(analysisOf(text, [us, japan]), {});
    expect(relations.map((r) => `${r.type} ${r.source} ${r.target}`)).toEqual([
      'ALLIED_WITH state:JPN state:USA',
    ]);
    expect(relations[0]?.evidence).toHaveLength(2);
  });

  it('reads membership verbs, nouns and "[org] member states"', () => {
    expect(triples('Turkey joined NATO in 1952.', [turkey, ORGS.nato])).toEqual([
      'MEMBER_OF state:TUR org:nato',
    ]);
    expect(triples('Peru is a founding member of Mercosur.', [peru, ORGS.mercosur])).toEqual([
      'MEMBER_OF state:PER org:mercosur',
    ]);
    expect(
      triples('EU member states France and Germany objected.', [france, germany, ORGS.eu]),
    ).toEqual(['MEMBER_OF state:DEU org:european-union', 'MEMBER_OF state:FRA org:european-union']);
  });

  it('gives no membership for a proposal or a possibility', () => {
    expect(
      triples('It is being discussed whether NATO should join the coalition.', [
        ORGS.nato,
        { id: 'org:coalition', type: 'Organization', names: ['coalition'] },
      ]),
    ).toEqual([]);
    expect(triples('Peru may join Mercosur next year.', [peru, ORGS.mercosur])).toEqual([]);
  });

  it('does not let a modifier act: "NATO member countries joined"', () => {
    const coalition: EntitySpec = {
      id: 'org:coalition',
      type: 'Organization',
      names: ['coalition'],
    };
    expect(
      triples('Each NATO member country has already joined the coalition.', [ORGS.nato, coalition]),
    ).toEqual([]);
  });
});

describe('extractRelations: appositions', () => {
  it('reads an apposition ("X, a close Y ally,", "X, another Y member,") as about X', () => {
    expect(triples('Japan, a close U.S. ally, announced its own measures.', [japan, us])).toEqual([
      'ALLIED_WITH state:JPN state:USA',
    ]);
    expect(
      triples('Turkey, another NATO member, has yet to ratify the deal.', [turkey, ORGS.nato]),
    ).toEqual(['MEMBER_OF state:TUR org:nato']);
    expect(triples("Peru, Japan's main ally in the region, objected.", [peru, japan])).toEqual([
      'ALLIED_WITH state:JPN state:PER',
    ]);
  });

  it('gives nothing for a negated or former membership, or a cue that does not end the apposition', () => {
    expect(triples('Peru, not a NATO member, objected.', [peru, ORGS.nato])).toEqual([]);
    expect(triples('Peru, a former NATO member, objected.', [peru, ORGS.nato])).toEqual([]);
    expect(triples('Peru, a NATO member of long standing, objected.', [peru, ORGS.nato])).toEqual(
      [],
    );
  });

  it('lets the subject act past its apposition', () => {
    expect(
      triples("Peru and Chile, Brazil's partners in Mercosur, issued statements backing Japan.", [
        peru,
        STATES.chile,
        STATES.brazil,
        ORGS.mercosur,
        japan,
      ]),
    ).toEqual([
      // "partners in Mercosur" makes all three its members (fellow-members.ts).
      'MEMBER_OF state:BRA org:mercosur',
      'MEMBER_OF state:CHL org:mercosur',
      'MEMBER_OF state:PER org:mercosur',
      'SUPPORTS state:CHL state:JPN',
      'SUPPORTS state:PER state:JPN',
    ]);
    expect(
      triples('Germany, a NATO member, condemned France.', [germany, ORGS.nato, france]),
    ).toEqual(['MEMBER_OF state:DEU org:nato', 'OPPOSES state:DEU state:FRA']);
  });
});

describe('extractRelations: members named in a list', () => {
  it('reads "members including X and Y" and "member states such as X" as membership', () => {
    expect(
      triples('Mercosur members including Peru and Germany met on Monday.', [
        peru,
        germany,
        ORGS.mercosur,
      ]),
    ).toEqual(['MEMBER_OF state:DEU org:mercosur', 'MEMBER_OF state:PER org:mercosur']);
    expect(triples('EU member states, such as France, met on Monday.', [france, ORGS.eu])).toEqual([
      'MEMBER_OF state:FRA org:european-union',
    ]);
  });

  it('gives nothing for former members or a list that is not attached to the cue', () => {
    expect(
      triples('Former Mercosur members including Peru met on Monday.', [peru, ORGS.mercosur]),
    ).toEqual([]);
    expect(triples('NATO members met Turkey on Monday.', [turkey, ORGS.nato])).toEqual([]);
  });
});

describe('extractRelations: alliance and membership after a copula', () => {
  it('reads "X is Y\'s closest ally" and "X remains a key Z member"', () => {
    expect(triples("Peru is Germany's closest ally in the region.", [peru, germany])).toEqual([
      'ALLIED_WITH state:DEU state:PER',
    ]);
    expect(triples('Turkey remains a key NATO member.', [turkey, ORGS.nato])).toEqual([
      'MEMBER_OF state:TUR org:nato',
    ]);
  });

  it('gives nothing when negated, past, hypothetical or "former"', () => {
    expect(triples("Peru is not Germany's closest ally.", [peru, germany])).toEqual([]);
    expect(triples("Peru was Germany's closest ally.", [peru, germany])).toEqual([]);
    expect(triples("Peru would be Germany's closest ally.", [peru, germany])).toEqual([]);
    expect(triples('Turkey is a former NATO member.', [turkey, ORGS.nato])).toEqual([]);
  });
});
