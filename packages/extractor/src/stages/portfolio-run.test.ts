import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const found = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).entities.map((e) => [e.type, e.name]);

describe('portfolioRunEnd', () => {
  it('joins two fields of a body\'s work across "and"', () => {
    expect(
      found('Vesna Brak of the Ruritanian Institute for Regional and Security Affairs said so.'),
    ).toContainEqual(['Organization', 'Ruritanian Institute for Regional and Security Affairs']);
  });

  it('does not join a body and a person after "and"', () => {
    expect(found('He met the Institute for Peace and John Smith in Oslo.')).toEqual([
      ['Organization', 'Institute for Peace'],
      ['Person', 'John Smith'],
      ['Location', 'Oslo'],
    ]);
  });

  it('does not join where no head word with "for" or "of" comes before the "and"', () => {
    const names = found('Kelvaro Regional and Security Affairs were discussed.').map(([, n]) => n);
    expect(names).not.toContain('Kelvaro Regional and Security Affairs');
  });
});
