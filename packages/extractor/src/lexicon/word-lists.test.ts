import { describeError, isNewsgraphError } from '@newsgraph/graph-schema';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import matchingJson from './data/name-matching.json' with { type: 'json' };
import { mentionWords } from './mention-words.js';
import { nameMatching } from './name-matching.js';
import { personSlots } from './person-slots.js';
import { LowerWord, parseWordLists } from './word-lists.js';

const Schema = z.object({ joiners: z.array(LowerWord) });

describe('parseWordLists', () => {
  it('returns lists that fit their schema', () => {
    expect(parseWordLists(Schema, { joiners: ['on', 'vs'] }, 'x.json')).toEqual({
      joiners: ['on', 'vs'],
    });
  });

  it('rejects a bad entry of name-matching.json with CONFIG_INVALID naming file and entry', () => {
    const bad = { ...matchingJson, joiners: ['on', 'And '] };
    let thrown: unknown;
    try {
      parseWordLists(Schema, bad, 'lexicon/data/name-matching.json');
    } catch (error) {
      thrown = error;
    }
    expect(isNewsgraphError(thrown) && thrown.code).toBe('CONFIG_INVALID');
    expect(describeError(thrown)).toMatch(/name-matching\.json.*joiners\[1\].*"And "/);
  });
});

describe('nameMatching', () => {
  it('finds a joining word only between spaces', () => {
    const { joiner } = nameMatching();
    expect(joiner.test(' Pence on Trump ')).toBe(true);
    expect(joiner.test(' Duke of York ')).toBe(false);
    expect(joiner.test(' Ona Andersen ')).toBe(false);
  });

  it('takes an Arabic article off a name word', () => {
    expect('ash-shara'.replace(nameMatching().articlePrefix, '')).toBe('shara');
    expect('alan'.replace(nameMatching().articlePrefix, '')).toBe('alan');
  });
});

describe('mentionWords', () => {
  it('finds labour words as whole words in any case', () => {
    const { labour } = mentionWords();
    expect(labour.test('The Teachers walked out.')).toBe(true);
    expect(labour.test('a union members vote')).toBe(true);
    expect(labour.test('Tradewinds blew.')).toBe(false);
  });

  it('builds the determiner sets from articles, possessives and demonstratives', () => {
    const words = mentionWords();
    expect(words.articles.has('an')).toBe(true);
    expect(words.definiteOrPossessive.has('its')).toBe(true);
    expect(words.definiteOrPossessive.has('this')).toBe(false);
    expect(words.determiners.has('this')).toBe(true);
  });
});

describe('place prepositions', () => {
  it('gives the person slots the mention words’ place and motion prepositions as one list', () => {
    const words = mentionWords();
    const slots = personSlots();
    for (const word of [...words.placePrepositions, ...words.motionPrepositions])
      expect(slots.placePrepositions.has(word)).toBe(true);
    expect(slots.placePrepositions.size).toBe(
      new Set([...words.placePrepositions, ...words.motionPrepositions]).size,
    );
    expect(words.placePrepositions.has('into')).toBe(false);
  });
});
