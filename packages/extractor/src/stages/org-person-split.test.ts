import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const found = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).entities.map((e) => [e.type, e.name]);

describe('splitPersonFromBody', () => {
  it("splits a person's name off a body's head word before it", () => {
    expect(
      found(
        'A former head of the Varnian Pilots Association Kostarinos Logaveris told reporters so.',
      ),
    ).toEqual([
      ['Organization', 'Varnian Pilots Association'],
      ['Person', 'Kostarinos Logaveris'],
    ]);
  });

  it('splits "role Name of the Body" into the person and the body', () => {
    expect(
      found('Local journalist Zawir Qudmal of the Institute for Coastal Studies disagreed.'),
    ).toEqual([
      ['Person', 'Zawir Qudmal'],
      ['Organization', 'Institute for Coastal Studies'],
    ]);
  });

  it('keeps a body named "of the" something whole', () => {
    expect(found('Officials of the Bank of the Republic met on Friday.')).toEqual([
      ['Organization', 'Bank of the Republic'],
    ]);
  });
});
