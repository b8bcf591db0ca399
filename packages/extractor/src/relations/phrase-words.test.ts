import { describe, expect, it } from 'vitest';
import { isGerund, isPastForm, isPastOrGerund, phraseWords } from './phrase-words.js';

describe('phraseWords', () => {
  it('finds an office of the state or government, not of a part of the body', () => {
    const { ofGovernment } = phraseWords();
    expect(ofGovernment.test('secretary of state')).toBe(true);
    expect(ofGovernment.test('head of the Government')).toBe(true);
    expect(ofGovernment.test('head of statecraft')).toBe(false);
    expect(ofGovernment.test('head of research')).toBe(false);
  });

  it('reads clause words and relative pronouns as sets', () => {
    const words = phraseWords();
    expect(words.clauseWords.has('told')).toBe(true);
    expect(words.relativePronouns.has('whose')).toBe(true);
    expect(words.appositionOpeners).toContain('fellow');
  });

  it('finds a participle that takes "as" at the end of a word', () => {
    const { participleBeforeAs } = phraseWords();
    expect(participleBeforeAs.test('regarded')).toBe(true);
    expect(participleBeforeAs.test('well-known')).toBe(true);
    expect(participleBeforeAs.test('seeing')).toBe(false);
  });

  it('reads a past form as a word of letters in -ed or a listed irregular past', () => {
    expect(isPastForm('rejected')).toBe(true);
    expect(isPastForm('took')).toBe(true);
    expect(isPastForm('bed')).toBe(false);
    expect(isPastForm('U.S.-backed')).toBe(false);
    expect(isPastForm('Rejected')).toBe(false);
  });

  it('adds words of letters in -ing to the past forms', () => {
    expect(isPastOrGerund('facing')).toBe(true);
    expect(isPastOrGerund('met')).toBe(true);
    expect(isPastOrGerund('bring')).toBe(false);
    expect(isPastOrGerund('anti-dumping')).toBe(false);
    expect(isGerund('ruling')).toBe(true);
    expect(isGerund('rejected')).toBe(false);
  });
});
