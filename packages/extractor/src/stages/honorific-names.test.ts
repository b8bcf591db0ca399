import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const found = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).entities.map((e) => [e.type, e.name]);

describe('phraseAfterHonorific', () => {
  it("takes a listed place after an honorific for the person's surname", () => {
    expect(found('Ms. de Lima criticized the plan.')).toEqual([['Person', 'de Lima']]);
    expect(found('Mr. Paris attacked the ministry.')).toEqual([['Person', 'Paris']]);
  });

  it('keeps a listed person after an honorific, and the place without one', () => {
    expect(found('Mr. Obama flew to Lima.')).toEqual([
      ['Person', 'Barack Obama'],
      ['Location', 'Lima'],
    ]);
  });

  it('reads an honorific written without its full stop as one ("Mr Halvorsen", "Dr Ayele")', () => {
    expect(found('The senator is a frequent critic of Mr Halvorsen.')).toEqual([
      ['Person', 'Halvorsen'],
    ]);
    expect(found('At the rally, Dr Ayele mostly stuck to her message.')).toEqual([
      ['Person', 'Ayele'],
    ]);
  });
});
