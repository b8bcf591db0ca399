import { describe, expect, it } from 'vitest';
import { roles } from './test-roles.js';

describe('"lead Y to a win" in a contest (guided-result.ts)', () => {
  it('gives a club no leader when a player leads it to a result', () => {
    expect(
      roles('Tomas Brek scored twice, leading Real Madrid to a 3-1 win over Sevilla.'),
    ).toEqual(['MEMBER_OF person:tomas-brek org:real-madrid']);
    expect(
      roles(
        'Tomas Brek pitched seven innings, leading the Harbor City Herons to their 11th straight victory.',
      ),
    ).not.toContainEqual(expect.stringMatching(/^LEADS /u));
    expect(roles('Tomas Brek led Real Madrid to the league title in 2005.')).not.toContainEqual(
      expect.stringMatching(/^LEADS /u),
    );
  });

  it('keeps the leader of a party or a state led to victory', () => {
    expect(roles('Karl Weber led the Labour Party to a third election win.')).toContain(
      'LEADS person:karl-weber org:labour-party-uk',
    );
    expect(roles('Karl Weber led Britain to victory in 1945.')).toContain(
      'LEADS person:karl-weber state:GBR',
    );
  });

  it('keeps "lead Y" when no contest result follows', () => {
    expect(roles('Tomas Brek led Real Madrid to Madrid on Monday.')).toContain(
      'LEADS person:tomas-brek org:real-madrid',
    );
  });
});
