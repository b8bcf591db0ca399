import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

function members(text: string): string[] {
  return extract(`Headline\n\n${text}`, { id: 't' })
    .relations.filter((r) => r.type === 'MEMBER_OF')
    .map((r) => `${r.source} ${r.target}`)
    .sort();
}

describe('anaphoricMembers', () => {
  it('reads "X and Y, also members of the alliance" against the one alliance named', () => {
    expect(
      members(
        'NATO leaders met in Brussels. France and Germany, also members of the alliance, refused.',
      ),
    ).toEqual(['state:DEU org:nato', 'state:FRA org:nato']);
  });

  it('reads a copula: "X is already a member of the alliance"', () => {
    expect(members('NATO met in May. Portugal is already a member of the alliance.')).toEqual([
      'state:PRT org:nato',
    ]);
  });

  it('reads a list after the body: "the league\'s members, including X and Y"', () => {
    expect(
      members(
        "The Arab League met in Cairo. The league's members, including Egypt and Jordan, agreed.",
      ),
    ).toEqual(['state:EGY org:arab-league', 'state:JOR org:arab-league']);
    expect(
      members(
        'The Arab League met in Cairo. Members of the league such as Egypt and Jordan agreed.',
      ),
    ).toEqual(['state:EGY org:arab-league', 'state:JOR org:arab-league']);
  });

  it('gives nothing for a former, prospective or denied member', () => {
    expect(
      members('The European Union met. Britain, a former member of the bloc, objected.'),
    ).toEqual([]);
    expect(
      members('NATO met in May. Serbia, a prospective member of the alliance, objected.'),
    ).toEqual([]);
    expect(members('The European Union met. Norway is not a member of the union.')).toEqual([]);
    expect(members('The European Union met. Norway is to become a member of the union.')).toEqual(
      [],
    );
  });

  it('gives nothing when two bodies fit the noun', () => {
    expect(
      members(
        'The European Union and the African Union met. Ghana, a member of the union, objected.',
      ),
    ).toEqual([]);
  });
});
