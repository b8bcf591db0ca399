import { describe, expect, it } from 'vitest';
import { roles } from './test-roles.js';

describe('roleMembership', () => {
  it('makes a company spokesman a member of the company he speaks for', () => {
    expect(roles('Siemens spokesman Tom Keller said the plant would close.')).toEqual([
      'MEMBER_OF person:tom-keller org:siemens',
      'REPRESENTS person:tom-keller org:siemens',
    ]);
  });

  it('makes a party leader a member of the party he leads', () => {
    expect(roles('Green Party leader Tom Keller spoke in Leeds.')).toContain(
      'MEMBER_OF person:tom-keller org:green-party',
    );
  });

  it('derives membership from a cue as well as a title ("X, who heads Y")', () => {
    expect(roles('Tom Keller, who heads Greenpeace, spoke in Leeds.')).toEqual([
      'LEADS person:tom-keller org:greenpeace',
      'MEMBER_OF person:tom-keller org:greenpeace',
    ]);
  });

  it("makes the European Parliament's president its member, not a state parliament's", () => {
    expect(roles('European Parliament President Tom Keller said so.')).toContain(
      'MEMBER_OF person:tom-keller org:european-parliament',
    );
    expect(roles('Bundestag President Tom Keller said so.').join()).not.toContain('MEMBER_OF');
  });

  it("makes the European Commission's and Council's people members, not a bloc's of states", () => {
    expect(roles('European Commission spokesman Tom Keller said so.')).toContain(
      'MEMBER_OF person:tom-keller org:european-commission',
    );
    expect(roles('European Council President Tom Keller said so.')).toContain(
      'MEMBER_OF person:tom-keller org:european-council',
    );
    expect(roles('NATO Secretary General Tom Keller said so.').join()).not.toContain('MEMBER_OF');
  });

  it('gives a person no membership of a state or an intergovernmental body', () => {
    const found = roles('NATO Secretary General Tom Keller met French Foreign Minister Ann Roux.');
    expect(found.filter((r) => r.startsWith('MEMBER_OF'))).toEqual([]);
  });
});
