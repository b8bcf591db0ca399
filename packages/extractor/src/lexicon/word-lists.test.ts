import { describeError, isNewsgraphError } from '@newsgraph/graph-schema';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import matchingJson from './data/name-matching.json' with { type: 'json' };
import { nameMatching } from './name-matching.js';
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
