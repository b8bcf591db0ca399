import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const mentions = (text: string): string[] =>
  analyze(text, { headline: false }).mentions.map((m) => `${m.text}=${m.entityId}`);

// Sentences written for these tests.
describe('chunkEnd: a name that its acronym in parentheses spells', () => {
  it('runs through "and" where the acronym spells every capitalised word', () => {
    expect(mentions('The Velto Law and Order Council (VLOC) banned the march.')).toContain(
      'Velto Law and Order Council=org:velto-law-and-order-council',
    );
    expect(mentions('The Council for Law and Order (CLO) met on Monday.')).toContain(
      'Council for Law and Order=org:council-for-law-and-order',
    );
  });

  it('runs through "and" and "in" together', () => {
    expect(
      mentions('The Movement for Justice and Equality in Kelvar (MJEK) rejected the deal.'),
    ).toContain(
      'Movement for Justice and Equality in Kelvar=org:movement-for-justice-and-equality-in-kelvar',
    );
  });

  it('keeps two names apart where the acronym spells neither whole run', () => {
    for (const acronym of ['FGA', 'FG']) {
      const found = mentions(`France and Germany (${acronym}) agreed on Monday.`);
      expect(found).toContain('France=state:FRA');
      expect(found).toContain('Germany=state:DEU');
    }
    expect(mentions('Ana Ruiz and Tom Lind (ART) met on Monday.').join(' ')).not.toMatch(/org:/);
  });
});

describe('analyzeChunk: a name its acronym spells, lower-case words and all', () => {
  it('is one organization, place name inside and all', () => {
    expect(mentions('The Rally for Unity in Rwanda (RUR) called for calm.')).toContain(
      'Rally for Unity in Rwanda=org:rally-for-unity-in-rwanda',
    );
  });

  it('is the listed organization where its acronym is listed', () => {
    const found = mentions('Al-Qaeda in the Arabian Peninsula (AQAP) claimed the raid on Friday.');
    expect(found).toContain('Al-Qaeda in the Arabian Peninsula=org:aqap');
    expect(found.join(' ')).not.toMatch(/location:/);
  });

  it('is no listed body that only shares its acronym', () => {
    expect(
      mentions('Ana Lind wrote for the Council for Internal Security (CIS) on Monday.'),
    ).toContain('Council for Internal Security=org:council-for-internal-security');
  });

  it('splits a person off a body whose acronym spells the words after "of the"', () => {
    const found = mentions('Dara Velk of the Kelvaro Freedom Party (KFP) told reporters.');
    expect(found).toContain('Kelvaro Freedom Party=org:kelvaro-freedom-party');
    expect(found.join(' ')).not.toMatch(/Dara Velk of/);
  });
});

describe("placesPartyAfterOf: a place's own party after a person's name", () => {
  it("names the place's party, not the state's party of the same ending", () => {
    const found = mentions(
      'Ali Shah of the Sindh Democratic Party said it would boycott the poll.',
    );
    expect(found).toContain('Sindh Democratic Party=org:sindh-democratic-party');
    expect(found.join(' ')).not.toMatch(/org:democratic-party-us/);
  });

  it("keeps the state's party where no place stands before it", () => {
    expect(mentions('Ali Shah of the Democratic Party said it would boycott the poll.')).toContain(
      'Democratic Party=org:democratic-party-us',
    );
  });
});

describe('mergeShortForms: names with acronyms of their own', () => {
  it('keeps two bodies apart when each defined its own acronym', () => {
    const found = mentions(
      'The Velto Freedom Party of Iran (VFPI) met. The Velto Freedom Party (VFP) met too.',
    );
    expect(found).toContain('Velto Freedom Party=org:velto-freedom-party');
    expect(found).toContain('VFPI=org:velto-freedom-party-of-iran');
  });

  it('still joins a short form without an acronym of its own', () => {
    expect(
      mentions('The Federal Statistics Office (FSO) said. The Statistics Office added more.'),
    ).toContain('Statistics Office=org:federal-statistics-office');
  });
});
