import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const found = (text: string): Array<[string, string, string]> =>
  analyze(text, { headline: false }).entities.map((e) => [e.type, e.name, e.id]);

describe('nameBareBodies', () => {
  it("takes a bare Senate for the senate of the article's state", () => {
    expect(found('Portugal raised taxes. The bill now goes to the Senate for a vote.')).toEqual([
      ['State', 'Portugal', 'state:PRT'],
      ['Organization', 'Senate of Portugal', 'org:senate-of-portugal'],
    ]);
  });

  it('links to the listed body where the lexicon has one', () => {
    const ids = found(
      'Britain will hold the vote in March. The minister told Parliament that Britain was ready.',
    ).map(([, , id]) => id);
    expect(ids).toContain('org:uk-parliament');
  });

  it('reads the state the article names most', () => {
    const names = found(
      'Chile and Peru met in Lima. Chilean ministers flew home. The Senate will vote on Monday.',
    ).map(([, name]) => name);
    expect(names).toContain('Senate of Chile');
  });

  it("counts a state's parties as placing the article in that state", () => {
    const names = found(
      'The United States and Russia met. Russia sent troops. Russia denied it. Republicans ' +
        'and Democrats in the Senate voted to condemn Russia.',
    ).map(([, name]) => name);
    expect(names).toContain('U.S. Senate');
    expect(names).not.toContain('Senate of Russia');
  });

  it('names no body where the state its parties place the article in is never named', () => {
    const names = found(
      'Russia sent troops. Members of the Bundestag said Parliament would condemn Russia.',
    ).map(([, name]) => name);
    expect(names).not.toContain('Parliament of Russia');
  });

  it("takes no state's body from the head word of another name", () => {
    expect(found('Chile voted on Sunday. He spoke at the Kelvaro Senate on Thursday.')).toEqual([
      ['State', 'Chile', 'state:CHL'],
      ['Organization', 'Kelvaro Senate', 'org:kelvaro-senate'],
    ]);
  });

  it('takes a body that opens a sentence', () => {
    const names = found('Chile voted on Monday. Senate leaders agreed.').map(([, n]) => n);
    expect(names).toContain('Senate of Chile');
  });

  it('names no body where the article names no state', () => {
    expect(found('The Senate will vote on the bill next week.')).toEqual([]);
  });
});
