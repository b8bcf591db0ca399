import { NewsgraphError } from '@newsgraph/graph-schema';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseBundled } from './bundled.js';

describe('parseBundled', () => {
  const schema = z.object({ words: z.array(z.string()) });

  it('returns data that fits its schema', () => {
    expect(parseBundled(schema, { words: ['a'] }, 'words.json')).toEqual({ words: ['a'] });
  });

  it('throws one NewsgraphError naming the file when the data does not fit', () => {
    let thrown: unknown;
    try {
      parseBundled(schema, { words: [1] }, 'words.json');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(NewsgraphError);
    expect(thrown).toMatchObject({ code: 'INTERNAL', where: 'words.json' });
  });
});
