import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const people = (text: string): string[] =>
  analyze(text, { headline: false })
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);

const LEAD = 'The council met on Monday. The agenda was long. The vote was close. ';

describe('openingCommonWord', () => {
  it('reads no person in a common noun opening a sentence of a longer text', () => {
    const text = `${LEAD}The clerk left early. Minutes later, she sent an email to the press.`;
    expect(people(text)).toEqual([]);
  });

  it('keeps a surname that opens a sentence where the text capitalises it inside another', () => {
    const text = `${LEAD}The plan came from Governor Rice last year. Rice said the plan was fair.`;
    expect(people(text)).toEqual(['Rice']);
  });

  it('keeps a surname opening a text too short to show how it writes the word', () => {
    expect(people('Rice said the plan was fair.')).toEqual(['Rice']);
  });

  it('reads no person in a common noun opening a quotation in a longer text', () => {
    const text = `${LEAD}The chair was calm. She said, "Leave aside the noise, the plan works."`;
    expect(people(text)).toEqual([]);
  });

  it('reads no person in a plural noun for people beside a speech verb', () => {
    const text = `${LEAD}The chair shook her head and said, ''No.'' Aides said the plan was dead.`;
    expect(people(text)).toEqual([]);
  });
});
