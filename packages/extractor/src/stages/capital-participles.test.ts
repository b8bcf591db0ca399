import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const found = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).entities.map((e) => [e.type, e.name]);

describe('a capital after a participle of stance', () => {
  it('acts for its state as the object of accusing, urging, criticizing', () => {
    expect(
      found('The ministers walked out, accusing Tehran of arming the militias.'),
    ).toContainEqual(['State', 'Iran']);
    expect(found('The envoy is urging Moscow to pull its troops back.')).toContainEqual([
      'State',
      'Russia',
    ]);
    expect(found('The senator, criticizing Beijing for its silence, left early.')).toContainEqual([
      'State',
      'China',
    ]);
  });

  it('stays a place after a participle of motion or of a military attack', () => {
    expect(found('She is visiting Beijing next week.')).toEqual([['Location', 'Beijing']]);
    expect(found('They are leaving Moscow tomorrow.')).toEqual([['Location', 'Moscow']]);
    expect(found('The rebels were shelling Kabul overnight.')).toEqual([['Location', 'Kabul']]);
  });

  it('stays a place that modifies the noun after it', () => {
    expect(found('She drew fire for criticizing Lisbon city planners.')).toContainEqual([
      'Location',
      'Lisbon',
    ]);
  });
});
