import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const found = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).entities.map((e) => [e.type, e.name]);

describe('a listed name owning an act of stance', () => {
  it('reads the owner of aims, nominees, an accusation or an announcement as a person', () => {
    expect(found('Hundreds rallied to support Halvorsen’s judicial nominees.')).toContainEqual([
      'Person',
      'Halvorsen',
    ]);
    expect(found('The council applauded Halvorsen’s aims on Friday.')).toContainEqual([
      'Person',
      'Halvorsen',
    ]);
    expect(found('The panel rejected Halvorsen’s accusation outright.')).toContainEqual([
      'Person',
      'Halvorsen',
    ]);
  });

  it('leaves the owner of such a noun that no list of names has', () => {
    expect(found('Traders shrugged off Vortexa’s announcement on Monday.')).not.toContainEqual([
      'Person',
      'Vortexa',
    ]);
  });
});
