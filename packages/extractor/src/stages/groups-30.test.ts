import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const found = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).entities.map((e) => [e.type, e.name]);

const groups = (text: string): string[] =>
  found(text)
    .filter(([type]) => type === 'Group')
    .map(([, name]) => name);

// Sentences written for these tests.
describe('group: a faith or people before a collective noun', () => {
  it('takes more nouns of collective actors', () => {
    expect(groups('The mayor wants to bar Sikh immigrants from the district.')).toEqual([
      'Sikh immigrants',
    ]);
    expect(groups('Kurdish forces shelled the ridge overnight.')).toEqual(['Kurdish forces']);
    expect(groups('Catholic bishops denounced the new law.')).toEqual(['Catholic bishops']);
    expect(groups('Hindu students marched on the ministry.')).toEqual(['Hindu students']);
  });

  it('takes one lower-case noun between the adjective and the collective', () => {
    expect(groups('Sunni opposition groups accused the governor of fraud.')).toEqual([
      'Sunni opposition groups',
    ]);
    expect(groups('Several Jewish campaign groups condemned the remarks.')).toEqual([
      'Jewish campaign groups',
    ]);
  });

  it('leaves other nouns, owners and function words alone', () => {
    expect(groups('Asian stock markets fell sharply on Monday.')).toEqual([]);
    expect(groups('She coached the first African women’s team to win the cup.')).toEqual([]);
    expect(groups('Muslim and Christian leaders met on Sunday.')).toEqual(['Christian leaders']);
    // Relation cues stay cues: "allies" makes no group.
    expect(groups('European allies backed the plan.')).toEqual([]);
  });
});

describe('organizations.json: the two houses of the UK parliament', () => {
  it('reads the Commons and the Lords as the UK parliament', () => {
    expect(found('The Commons rejected the bill.')).toEqual([
      ['Organization', 'Parliament of the United Kingdom'],
    ]);
  });
});
