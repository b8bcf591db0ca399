import { describe, expect, it } from 'vitest';
import { speakerWords } from './speaker-words.js';

describe('speakerWords given-name genders', () => {
  const { genderOf } = speakerWords();

  it('knows very common given names that the old word lists lacked', () => {
    expect(genderOf.get('Donald')).toBe('male');
    expect(genderOf.get('Barack')).toBe('male');
  });

  it('gives a gender to a name both lists held when one sex clearly dominates the counts', () => {
    expect(genderOf.get('Hillary')).toBe('female');
    expect(genderOf.get('Ted')).toBe('male');
    expect(genderOf.get('Sean')).toBe('male');
  });

  it('gives no gender to a name shared by both sexes', () => {
    expect(genderOf.get('Jordan')).toBeUndefined();
    expect(genderOf.get('Leslie')).toBeUndefined();
  });

  it('gives no gender to a common English word more used as a word than as a name', () => {
    expect(genderOf.get('Angle')).toBeUndefined();
    expect(genderOf.get('Imagine')).toBeUndefined();
    expect(genderOf.get('Free')).toBeUndefined();
    expect(genderOf.get('Will')).toBeUndefined();
  });

  it('keeps the gender of a word that is more often a name', () => {
    expect(genderOf.get('Mark')).toBe('male');
    expect(genderOf.get('Grace')).toBe('female');
    expect(genderOf.get('Hope')).toBe('female');
  });
});
