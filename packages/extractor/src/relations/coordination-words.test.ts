import { describeError } from '@newsgraph/graph-schema';
import { describe, expect, it } from 'vitest';
import wordsJson from './coordination-words.json' with { type: 'json' };
import { coordinationWords, readCoordinationWords } from './coordination-words.js';

describe('coordinationWords', () => {
  it('joins the coordination phrases into alternations of whole phrases', () => {
    const words = coordinationWords();
    expect(words.coordinators.split('|')).toContain('as well as');
    expect(words.listOpeners.split('|')).toContain('such as');
    expect(words.partnerNouns.split('|')).toContain('allies');
  });

  it('rejects a phrase with a character a regular expression would read', () => {
    let thrown: unknown;
    try {
      readCoordinationWords({ ...wordsJson, coordinators: ['and', 'and|or'] });
    } catch (error) {
      thrown = error;
    }
    expect(describeError(thrown)).toMatch(/coordination-words\.json.*coordinators\[1\]/);
  });
});
