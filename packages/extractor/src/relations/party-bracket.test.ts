import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

function members(text: string): string[] {
  return extract(`Headline\n\n${text}`, { id: 't' })
    .relations.filter((r) => r.type === 'MEMBER_OF')
    .map((r) => `${r.source} ${r.target}`);
}

describe('partyBrackets', () => {
  it('reads "Senator X (R-Ky.)" as a member of the Republican Party the article names', () => {
    expect(
      members('Republicans rejected the bill. Senator Tom Keller (R-Ky.) said it would fail.'),
    ).toEqual(['person:tom-keller org:republican-party-us']);
  });

  it('gives nothing when the article names no such party', () => {
    expect(members('Senator Tom Keller (R-Ky.) said it would fail.')).toEqual([]);
  });

  it('gives nothing for a bracket that holds no party letter', () => {
    expect(members('Republicans met. Tom Keller (Siemens) said it would fail.')).toEqual([]);
  });
});
