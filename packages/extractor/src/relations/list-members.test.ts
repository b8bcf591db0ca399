import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

function members(text: string): string[] {
  return extract(`Headline\n\n${text}`, { id: 't' })
    .relations.filter((r) => r.type === 'MEMBER_OF')
    .map((r) => `${r.source} ${r.target}`);
}

describe('listedMembers', () => {
  it('makes each person listed after "members of Y, including" a member of Y', () => {
    expect(
      members('Members of Amnesty International, including Tom Keller and Ann Roux, protested.'),
    ).toEqual([
      'person:tom-keller org:amnesty-international',
      'person:ann-roux org:amnesty-international',
    ]);
  });

  it('gives nothing for a list that is not of members', () => {
    expect(members('Critics of Siemens, including Tom Keller, protested.')).toEqual([]);
  });
});
