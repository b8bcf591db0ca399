import { describe, expect, it } from 'vitest';
import { STATES } from './test-analysis.js';
import { stanceTriples } from './test-stance.js';

const { chile, peru } = STATES;
// Denying Peru's charge opposes Peru; the charge itself accused Chile, so Peru opposes Chile.
const pair = ['OPPOSES state:CHL state:PER', 'OPPOSES state:PER state:CHL'];

describe('deniedCharge: the text test before the token scan', () => {
  it('finds every form of the deny verb, whatever its case', () => {
    expect(stanceTriples('Chile DENIES Peruvian charges of aiding rebels.', [chile, peru])).toEqual(
      pair,
    );
    expect(stanceTriples('Chile is denying the allegations by Peru.', [chile, peru])).toEqual(pair);
    expect(stanceTriples('Chile Denied the accusations by Peru.', [chile, peru])).toEqual(pair);
  });

  it("gives a claim denied only the denier's opposition", () => {
    expect(stanceTriples("Chile denied Peru's claims about the harvest.", [chile, peru])).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
  });

  it('reads nothing where no deny verb stands', () => {
    expect(stanceTriples('Chile repeated the accusations by Peru.', [chile, peru])).toEqual([]);
  });
});
