import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';
import { peoples } from './groups.js';

const entities = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).entities.map((e) => [e.type, e.name]);

describe('peopleGroup', () => {
  it('loads the zod-checked table of peoples', () => {
    expect(peoples().get('Shias')).toBe('Shiites');
  });

  it('takes a people or faith named in the plural as a Group', () => {
    expect(entities('The Kurds accused the army of shelling villages held by Yazidis.')).toEqual([
      ['Group', 'Kurds'],
      ['Group', 'Yazidis'],
    ]);
  });

  it('joins two spellings of one people into one Group', () => {
    expect(entities('Shiites marched on Friday; Shias in the south joined them.')).toEqual([
      ['Group', 'Shiites'],
    ]);
  });

  it('leaves a plural that starts a longer name to that name', () => {
    const found = entities('Muslims Against Hunger Network opened an office.');
    expect(found).not.toContainEqual(['Group', 'Muslims']);
  });

  it('leaves plural demonyms of states to the state', () => {
    expect(entities('Israelis went to the polls.')).toEqual([['State', 'Israel']]);
  });
});

describe('party members', () => {
  it('gives a member word the entity of the party', () => {
    const a = analyze('A Democrat on the committee criticised the Democratic Party leadership.', {
      headline: false,
    });
    expect(a.entities.map((e) => e.id)).toEqual(['org:democratic-party-us']);
    expect(a.mentions).toHaveLength(2);
  });
});

describe('group', () => {
  it('takes a faith or people adjective before a collective noun as a Group', () => {
    expect(entities('Hindu groups and Sikh organizations condemned the ruling.')).toEqual([
      ['Group', 'Hindu groups'],
      ['Group', 'Sikh organizations'],
    ]);
    expect(entities('Troops clashed with Shiite militias near the border.')).toContainEqual([
      'Group',
      'Shiite militias',
    ]);
  });

  it('reads past a function word opening the sentence', () => {
    expect(entities('The Latino community rallied behind the measure.')).toEqual([
      ['Group', 'Latino community'],
    ]);
    expect(entities('Four Arab states abstained.')).toEqual([['Group', 'Arab states']]);
    expect(entities('The Muslim world reacted with anger.')).toEqual([['Group', 'Muslim world']]);
  });

  it('leaves a capitalised collective noun to the name it ends', () => {
    expect(entities('The European Community backed the deal.')).not.toContainEqual([
      'Group',
      'European Community',
    ]);
  });
});
