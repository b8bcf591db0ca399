import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

function members(text: string): string[] {
  return extract(`Headline\n\n${text}`, { id: 't' })
    .relations.filter((r) => r.type === 'MEMBER_OF')
    .map((r) => `${r.source} ${r.target}`);
}

describe('partyOffices', () => {
  it('reads a party before the words of an office in it: "Green Party deputy speaker X"', () => {
    expect(
      members('Green Party deputy parliamentary speaker Hanna Lorenz said the trip was off.'),
    ).toContain('person:hanna-lorenz org:green-party');
  });

  it('reads a party opening a phrase set off by a comma before the name', () => {
    expect(
      members('A Social Democratic inquiry panel member, Tom Ober, said the claim is false.'),
    ).toContain('person:tom-ober org:spd');
  });

  it('reads "X, a Left party MP," as a member of the party', () => {
    expect(members('Lena Vogt, a Left party MP, called on the government to act.')).toContain(
      'person:lena-vogt org:die-linke',
    );
  });

  it('reads "Minister X of the conservative Y Party" past the state adjective', () => {
    expect(
      members(
        "Austrian Interior Minister Peter Kranz of the conservative Austrian People's Party spoke.",
      ),
    ).toContain('person:peter-kranz org:peoples-party-of-austria');
  });

  it('reads "X, deputy leader of the Socialist opposition party (SZP)"', () => {
    expect(
      members(
        'Karl Berg, deputy parliamentary leader of the Socialist opposition party (SZP) spoke.',
      ),
    ).toContain('person:karl-berg org:szp');
  });

  it('gives nothing when a verb stands between the party and the title', () => {
    expect(members('The CDU criticised finance minister Uwe Stark on Monday.')).toEqual([]);
    expect(members('The SPD will elect party leader Uwe Stark on Monday.')).toEqual([]);
  });

  it('gives nothing for a critic, a collaborator or a rival of the party', () => {
    expect(members('Lena Vogt, a Left party critic, called on the government to act.')).toEqual([]);
    expect(members('The paper praised Nazi collaborator Anton Weiss as a statesman.')).toEqual([]);
    expect(members('Karl Berg, a rival of the Socialist opposition party (SZP) spoke.')).toEqual(
      [],
    );
  });

  it('reads a standing in the party that is no title: "Democratic front-runner X"', () => {
    expect(members('Democratic front-runner Nora Wells spoke in Iowa on Monday.')).toContain(
      'person:nora-wells org:democratic-party-us',
    );
  });

  it('gives nothing when the words before the name end in no title or standing', () => {
    expect(members('Conservative radio host Karl Wend asked the mayor about it.')).toEqual([]);
    expect(members('Some Democrats say Karl Wend would help the campaign.')).toEqual([]);
  });

  it('gives nothing for a former office holder', () => {
    expect(members('Former Green Party deputy speaker Hanna Lorenz spoke on Monday.')).toEqual([]);
  });

  it('reads an office before the name in a body of people: "UGT union leader X"', () => {
    expect(
      members('The UGT union said talks failed. UGT union confederation leader Ana Ruiz spoke.'),
    ).toContain('person:ana-ruiz org:ugt');
  });

  it('steps over a bracketed aside after the name: "Minister X (photo) of the Y Party"', () => {
    expect(
      members(
        "Austrian Interior Minister Peter Kranz (photo) of the conservative Austrian People's Party spoke.",
      ),
    ).toContain('person:peter-kranz org:peoples-party-of-austria');
  });
});
