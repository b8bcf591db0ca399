import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const found = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).entities.map((e) => [e.type, e.name]);

describe('personBeforeOf: a double given name joined by a hyphen', () => {
  it('splits "Anna-Lena Velt of the Y Institute" into a person and the body', () => {
    expect(found('Anna-Lena Velt of the Brenner Institute said the plan would fail.')).toEqual([
      ['Person', 'Anna-Lena Velt'],
      ['Organization', 'Brenner Institute'],
    ]);
    expect(found('Hans-Georg Maier of Siemens said the plan would fail.')).toEqual([
      ['Person', 'Hans-Georg Maier'],
      ['Organization', 'Siemens'],
    ]);
  });

  it('keeps a body whose name only opens with a hyphenated word', () => {
    expect(found('The Schleswig-Holstein Institute of Marine Science said so.')).not.toContainEqual(
      ['Person', expect.anything()],
    );
  });
});
