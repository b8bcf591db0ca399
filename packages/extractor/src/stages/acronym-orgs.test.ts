import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

function organizations(text: string): string[] {
  return body(text)
    .entities.filter((e) => e.type === 'Organization')
    .map((e) => e.name);
}

describe('hintAcronymOrgs', () => {
  it('takes an undefined acronym the tagger reads as an organization for one', () => {
    expect(organizations('Lawmakers blamed the QZRA for the lack of action.')).toEqual(['QZRA']);
  });

  it('takes no acronym of no body, and none a longer name in the text spells out', () => {
    expect(organizations('The chief said the TV deal was off.')).toEqual([]);
    // Common nouns written as capitals: a super PAC, a share offering.
    expect(
      organizations('A super PAC ran ads against the senator, and the PAC spent more.'),
    ).toEqual([]);
    expect(organizations("The firm's IPO raised less than hoped.")).toEqual([]);
    expect(
      organizations('The European Fisheries Council met, and the EFC agreed on quotas.'),
    ).toEqual(['European Fisheries Council']);
  });

  it('keeps the reading when the acronym opens the sentence before its verb', () => {
    expect(organizations('The QZRA condemned Peru.')).toEqual(['QZRA']);
    expect(organizations('The QZRA said it would vote no.')).toEqual(['QZRA']);
    expect(organizations('The CEO said it would vote no.')).toEqual([]);
  });
});
