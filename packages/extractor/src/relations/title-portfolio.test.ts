import { describe, expect, it } from 'vitest';
import { roles } from './test-roles.js';

describe('portfolioSubject', () => {
  it('gives "Turkey\'s EU Affairs Minister X" to Turkey, not to the EU', () => {
    expect(
      roles("Poland's EU Affairs Minister Michael Kowalski said the plan would work."),
    ).toEqual(['REPRESENTS person:michael-kowalski state:POL']);
  });

  it('gives "the EU Affairs Minister X" with no state to no one', () => {
    expect(roles('The EU Affairs Minister Michael Kowalski said the plan would work.')).toEqual([]);
  });

  it('keeps "EU Trade Commissioner X" the EU\'s', () => {
    expect(roles('EU Trade Commissioner Michael Kowalski said the plan would work.')).toEqual([
      'REPRESENTS person:michael-kowalski org:european-union',
    ]);
  });
});
