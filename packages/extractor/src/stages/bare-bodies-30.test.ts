import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const mentions = (text: string): string[] =>
  analyze(text, { headline: false }).mentions.map((m) => `${m.text}=${m.entityId}`);

// Sentences written for these tests.
describe('nameBareBodies: a body named in full, then by its head word', () => {
  it('joins "the Senate" to the state body the article named in full', () => {
    expect(mentions('The U.S. Senate met on Monday. Critics said the Senate had stalled.')).toEqual(
      ['U.S. Senate=org:us-senate', 'Senate=org:us-senate'],
    );
  });

  it('keeps the body of the named state where no body is named in full', () => {
    expect(mentions('Italy held a vote. Critics said the Senate had stalled.')).toContain(
      'Senate=org:senate-of-italy',
    );
  });

  it('names nothing without a state or a body named in full', () => {
    expect(mentions('Critics said the Senate had stalled.')).toEqual([]);
  });
});
