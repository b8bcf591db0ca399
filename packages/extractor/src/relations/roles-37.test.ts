import { describe, expect, it } from 'vitest';
import { roles } from './test-roles.js';

describe("a title for a state's lower-case body names the state (title-complete.ts stateBodyAfter)", () => {
  it('gives REPRESENTS of the state to a spokesman for its foreign ministry', () => {
    expect(
      roles(
        'Ivo Brandt, a spokesman for the Chinese foreign ministry, said the talks would go on.',
      ),
    ).toContain('REPRESENTS person:ivo-brandt state:CHN');
    expect(
      roles('Ivo Brandt, an official of the Russian defence ministry, said the drill was over.'),
    ).toContain('REPRESENTS person:ivo-brandt state:RUS');
  });

  it('gives nothing for a former spokesman', () => {
    expect(
      roles('Ivo Brandt, a former spokesman for the Chinese foreign ministry, said so.'),
    ).toEqual([]);
  });
});

describe('a title for a body fronted before the name (title-of-before-name.ts)', () => {
  it('gives the body, or the state its body stands for, an officer', () => {
    expect(
      roles(
        'A spokeswoman for the Chinese foreign ministry, Lena Varga, said the trial was unfair.',
      ),
    ).toEqual(['REPRESENTS person:lena-varga state:CHN']);
    expect(
      roles('The head of the Chinese foreign ministry, Lena Varga, said the trial was unfair.'),
    ).toEqual(['REPRESENTS person:lena-varga state:CHN']);
  });

  it('gives nothing to a former holder, an unnamed company, or an unclosed apposition', () => {
    expect(
      roles('A former spokeswoman for the Chinese foreign ministry, Lena Varga, said so.'),
    ).toEqual([]);
    expect(roles('A spokeswoman for the company, Lena Varga, said the plan was sound.')).toEqual(
      [],
    );
    expect(
      roles('According to a spokesman for the Chinese foreign ministry, Lena Varga was held.'),
    ).toEqual([]);
  });

  it("gives the title to the name in apposition, not to the sentence's speaker", () => {
    expect(
      roles('Omar Keel said a spokesman for the Chinese foreign ministry, Lena Varga, had lied.'),
    ).toEqual(['REPRESENTS person:lena-varga state:CHN']);
  });
});
