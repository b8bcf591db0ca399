import { describe, expect, it } from 'vitest';
import { roles } from './test-roles.js';

describe('"the party\'s" / "the club\'s" title before a name (stop 32)', () => {
  it('gives the party that opened a recent sentence its officer', () => {
    expect(
      roles(
        "The ANC lost ground in the local elections. The party's spokesman Tom Keller said the result was poor.",
      ),
    ).toEqual(['MEMBER_OF person:tom-keller org:anc', 'REPRESENTS person:tom-keller org:anc']);
  });

  it('reads the title with a comma too, and gives a leader LEADS', () => {
    expect(
      roles(
        "The ANC lost ground in the local elections. The party's leader, Tom Keller, said the result was poor.",
      ),
    ).toEqual(['LEADS person:tom-keller org:anc', 'MEMBER_OF person:tom-keller org:anc']);
  });

  it('gives the club that opened a recent sentence its president', () => {
    expect(
      roles(
        "Hertha Berlin lost again on Saturday. The club's president Tom Keller said the coach would stay.",
      ),
    ).toEqual([
      'LEADS person:tom-keller org:hertha-berlin',
      'MEMBER_OF person:tom-keller org:hertha-berlin',
    ]);
  });

  it('gives nothing when the organization named last is no party', () => {
    expect(
      roles(
        "Siemens lost money in the third quarter. The party's spokesman Tom Keller said the result was poor.",
      ),
    ).toEqual([]);
  });

  it('gives nothing when no party opened a recent sentence', () => {
    expect(
      roles(
        "Voters in the north turned away from the ANC on Sunday. The party's spokesman Tom Keller said the result was poor.",
      ),
    ).toEqual([]);
  });

  it('gives nothing for a former holder', () => {
    expect(
      roles(
        "The ANC lost ground in the local elections. The party's former spokesman Tom Keller said the result was poor.",
      ),
    ).toEqual([]);
  });
});
