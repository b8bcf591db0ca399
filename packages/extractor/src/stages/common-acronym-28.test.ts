import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

// Sentences written for these tests: the abbreviation of a common noun ("an NGO", "the PAC")
// beside a speech or stance verb is no organization's name; a body's own acronym still is.
describe('resolution: a common noun abbreviated beside a speech verb', () => {
  it('gives no organization for "The NGO said"', () => {
    expect(body('The NGO said it would appeal the ruling.').ids).toEqual([]);
  });

  it('gives none for "An NGO criticized" or "the PAC said"', () => {
    expect(body('An NGO criticized the plan on Monday.').ids).toEqual([]);
    expect(body('Later the PAC said it would spend more.').ids).toEqual([]);
  });

  it('keeps an unknown acronym that speaks for its body', () => {
    expect(body('Later the KRWA said it would appeal the ruling.').ids).toEqual(['org:krwa']);
  });
});
