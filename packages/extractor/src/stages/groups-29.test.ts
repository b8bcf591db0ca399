import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const found = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).entities.map((e) => [e.type, e.name]);

// Sentences written for these tests: a people's, faith's or movement's adjective before a noun of
// collective actors makes one unnamed group, for smaller peoples as for "Kurdish fighters".
describe('group: smaller peoples and movements before a collective noun', () => {
  it('takes a people before insurgents, rebels or a community for a group', () => {
    expect(found('The army blamed the attack on Rohingya insurgents.')).toEqual([
      ['Group', 'Rohingya insurgents'],
    ]);
    expect(found('Tamil rebels attacked an army post.')).toEqual([['Group', 'Tamil rebels']]);
    expect(found('The Druze community protested.')).toEqual([['Group', 'Druze community']]);
  });

  it('takes a movement before rebels for a group', () => {
    expect(found('Maoist rebels killed three police officers.')).toEqual([
      ['Group', 'Maoist rebels'],
    ]);
  });

  it('leaves the word alone without a collective noun after it', () => {
    expect(found('Tamil is spoken in the south.')).toEqual([]);
    expect(found('The Tamil Tigers attacked.')).toEqual([['Organization', 'Tamil Tigers']]);
  });
});
