import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

function roles(text: string): string[] {
  return extract(`Headline\n\n${text}`, { id: 't' })
    .relations.filter((r) => ['MEMBER_OF', 'REPRESENTS', 'LEADS'].includes(r.type))
    .map((r) => `${r.type} ${r.source} ${r.target}`)
    .sort();
}

describe('roleMembership', () => {
  it('gives a company spokesman REPRESENTS only: staff are no members of a company', () => {
    expect(roles('Siemens spokesman Tom Keller said the plant would close.')).toEqual([
      'REPRESENTS person:tom-keller org:siemens',
    ]);
  });

  it('makes a party leader a member of the party he leads', () => {
    expect(roles('Green Party leader Tom Keller spoke in Leeds.')).toContain(
      'MEMBER_OF person:tom-keller org:green-party',
    );
  });

  it('gives a person no membership of a state or an intergovernmental body', () => {
    const found = roles('NATO Secretary General Tom Keller met French Foreign Minister Ann Roux.');
    expect(found.filter((r) => r.startsWith('MEMBER_OF'))).toEqual([]);
  });
});
