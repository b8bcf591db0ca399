import { describe, expect, it } from 'vitest';
import { STATES, type EntitySpec } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

// Electoral rivals compete; they do not oppose one another by the guidelines. A verb of winning
// or challenging whose complement names a race, an office sought or a margin reports a contest.

const { chile, peru } = STATES;
const mara = personSpec('mara-quist', 'Mara Quist', 'Quist');
const tomas = personSpec('tomas-reyes', 'Tomas Reyes', 'Reyes');
const lena = personSpec('lena-ortiz', 'Lena Ortiz', 'Ortiz');
const party: EntitySpec = { id: 'org:green-party', type: 'Organization', names: ['Green'] };
const OPP = 'OPPOSES person:mara-quist person:tomas-reyes';

describe('extractRelations: a contest verb with an electoral complement', () => {
  it('gives nothing for "defeated Y in elections" or "in last year\'s presidential runoff"', () => {
    expect(
      stanceTriples('Mara Quist defeated Tomas Reyes in elections last month.', [mara, tomas]),
    ).toEqual([]);
    expect(
      stanceTriples("Quist beat Tomas Reyes in last year's presidential runoff.", [mara, tomas]),
    ).toEqual([]);
  });

  it('reads through a party name inside the race ("in the Green primary")', () => {
    expect(
      stanceTriples('Mara Quist is challenging Tomas Reyes in the Green primary.', [
        mara,
        tomas,
        party,
      ]),
    ).toEqual([]);
  });

  it('gives nothing for "challenging Y for her seat" or "for the nomination", Y a list', () => {
    expect(
      stanceTriples('Mara Quist, who is challenging Reyes for his Senate seat, spoke.', [
        mara,
        tomas,
      ]),
    ).toEqual([]);
    expect(
      stanceTriples(
        'Mara Quist is challenging Tomas Reyes and Lena Ortiz for the party nomination.',
        [mara, tomas, lena],
      ),
    ).toEqual([]);
  });

  it('gives nothing for a margin with no number ("by a wide margin", "by big numbers")', () => {
    expect(stanceTriples('Mara Quist beat Tomas Reyes by a wide margin.', [mara, tomas])).toEqual(
      [],
    );
    expect(
      stanceTriples('"We are defeating Tomas Reyes by very big numbers," Quist said.', [
        mara,
        tomas,
      ]),
    ).toEqual([]);
  });

  it('reads "is challenging Y" with nothing after as a race against a person', () => {
    expect(
      stanceTriples('Voters back Mara Quist, who is challenging Senator Tomas Reyes.', [
        mara,
        tomas,
      ]),
    ).toEqual([]);
  });

  it('keeps a challenge on an issue, a claim, or by a state, and a war defeat', () => {
    expect(
      stanceTriples('Mara Quist challenged Tomas Reyes over his vote.', [mara, tomas]),
    ).toEqual([OPP]);
    expect(
      stanceTriples('Mara Quist is challenging Tomas Reyes on his record.', [mara, tomas]),
    ).toEqual([OPP]);
    expect(stanceTriples('Chile is challenging Peru.', [chile, peru])).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
    expect(stanceTriples('Chilean troops defeated Peru in the border war.', [chile, peru])).toEqual(
      ['OPPOSES state:CHL state:PER'],
    );
  });

  it('keeps a stance verb that is no contest verb inside a race', () => {
    expect(
      stanceTriples('Mara Quist criticised Tomas Reyes in the election.', [mara, tomas]),
    ).toEqual([OPP]);
  });
});
