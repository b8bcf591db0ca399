import { describe, expect, it } from 'vitest';
import { STATES } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

// Stance bugs found on the training split of the stance data (issue 10), each on sentences
// written for these tests, with a twin whose reading must not change.

const { brazil, chile, peru } = STATES;
const ines = personSpec('ines-vidal', 'Ines Vidal', 'Vidal');
const tomas = personSpec('tomas-ruiz', 'Tomas Ruiz', 'Ruiz');

describe('extractRelations: "X and those who backed Y"', () => {
  it('gives the restrictive relative clause no subject from the conjunct before "those"', () => {
    expect(
      stanceTriples(
        'The rally drew those who praised Ines Vidal and those who backed Tomas Ruiz.',
        [ines, tomas],
      ),
    ).toEqual([]);
  });

  it('still reads a relative clause after a comma as said of every conjunct', () => {
    expect(
      stanceTriples('Peru and Chile, which both backed Brazil in the vote, met on Monday.', [
        peru,
        chile,
        brazil,
      ]),
    ).toEqual(['SUPPORTS state:CHL state:BRA', 'SUPPORTS state:PER state:BRA']);
  });
});
