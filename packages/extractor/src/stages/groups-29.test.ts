import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';
import { armedPeoples } from './armed-peoples.js';

const found = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).entities.map((e) => [e.type, e.name]);

// Sentences written for these tests: a smaller people's, faith's or movement's adjective before a
// noun of armed collectives makes one unnamed group, as "Kurdish fighters" does.
describe('group: armed collectives of smaller peoples and movements', () => {
  it('takes a people before insurgents or rebels for a group', () => {
    expect(found('The army blamed the attack on Rohingya insurgents.')).toEqual([
      ['Group', 'Rohingya insurgents'],
    ]);
    expect(found('Tamil rebels attacked an army post.')).toEqual([['Group', 'Tamil rebels']]);
    expect(found('The Hutu militias fled across the border.')).toEqual([
      ['Group', 'Hutu militias'],
    ]);
  });

  it('takes a movement before guerrillas for a group', () => {
    expect(found('Maoist guerrillas killed three police officers.')).toEqual([
      ['Group', 'Maoist guerrillas'],
    ]);
  });

  it('leaves the word alone before other nouns or none', () => {
    expect(found('Tamil is spoken in the south.')).toEqual([]);
    expect(found('The Druze villages lie on the ridge.')).toEqual([]);
    // A capitalised noun after it opens a name: the listed body, no group.
    expect(found('The Tamil Tigers attacked.').map(([type]) => type)).toEqual(['Organization']);
  });

  it('loads both lists', () => {
    expect(armedPeoples().nouns.has('insurgents')).toBe(true);
  });
});
