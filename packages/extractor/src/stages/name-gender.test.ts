import { describe, expect, it } from 'vitest';
import { speakerWords } from '../lexicon/speaker-words.js';
import { givenNameGender, titleGenderBefore } from './name-gender.js';

const title = (text: string, name: string): string | undefined =>
  titleGenderBefore(speakerWords(), text, text.indexOf(name));

describe('titleGenderBefore', () => {
  it('reads the gender of the title right before a name, with or without its dot', () => {
    expect(title('Then Mrs. Quill spoke.', 'Quill')).toBe('female');
    expect(title('Then Mr Quill spoke.', 'Quill')).toBe('male');
    expect(title('A letter ("Mr Quill") came.', 'Quill')).toBe('male');
  });

  it('reads none where the word before is no title', () => {
    expect(title('Then Anna Quill spoke.', 'Quill')).toBeUndefined();
    expect(title('Quill spoke.', 'Quill')).toBeUndefined();
  });
});

describe('givenNameGender', () => {
  it("reads a full name's given name and says nothing of a lone word", () => {
    expect(givenNameGender(speakerWords(), 'Anna Quill')).toBe('female');
    expect(givenNameGender(speakerWords(), 'Peter Quill')).toBe('male');
    expect(givenNameGender(speakerWords(), 'Anna')).toBeUndefined();
  });
});
