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

describe('namePluralCollectives: "the" and a capitalised plural heading its phrase', () => {
  it('takes a team, a band or a family for a group', () => {
    expect(groups('The Falcons are likely to trade their quarterback.')).toEqual(['Falcons']);
    expect(groups('The reporter has long targeted the Kennedys, critics say.')).toEqual([
      'Kennedys',
    ]);
    expect(groups('Fans cheered when the Wanderers scored twice.')).toEqual(['Wanderers']);
  });

  it('gives the group its stance', () => {
    const a = analyze('The Hendersons blamed Tom Carver for the fire.', { headline: false });
    expect(a.entities.map((e) => `${e.type}:${e.name}`)).toEqual([
      'Group:Hendersons',
      'Person:Tom Carver',
    ]);
  });

  it('leaves a modifier, a place, an event or the start of a longer name alone', () => {
    // A surname in -s before a noun: "the Sanders campaign".
    expect(groups('The Waters campaign attacked the senator.')).toEqual([]);
    expect(groups('They spent August in the Cotswolds.')).toEqual([]);
    expect(groups('She flew to the Hamptons for the weekend.')).toEqual([]);
    expect(groups('He lives in Manhattan and the Hamptons, they say.')).toEqual([]);
    expect(groups('Athletes arrived for the Games on Friday.')).toEqual([]);
    expect(groups('The Friends of Syria met in Paris.')).toEqual([]);
    // A capital "The" inside a sentence opens a title.
    expect(groups('Critics praised his novel The Stragglers last year.')).toEqual([]);
  });

  it("leaves a party's plural to the party", () => {
    const text = 'Canada votes soon. The Liberals would tighten parole laws.';
    expect(found(text)).toContainEqual(['Organization', 'Liberal Party of Canada']);
    expect(groups(text)).toEqual([]);
  });

  it('reads the Commons and the Lords as the UK parliament', () => {
    expect(found('The Commons rejected the bill.')).toEqual([
      ['Organization', 'Parliament of the United Kingdom'],
    ]);
  });
});
