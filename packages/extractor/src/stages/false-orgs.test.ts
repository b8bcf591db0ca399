import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const found = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).entities.map((e) => [e.type, e.name]);

describe('dropFalseOrganizations', () => {
  it("takes no body from a sentence's capitalised first word before a body's noun", () => {
    expect(found('Talks stalled. Another union official said the offer was poor.')).toEqual([]);
    expect(found('The plant shut. Trade union leaders called a strike on Friday.')).toEqual([]);
  });

  it('keeps a name before such a noun that the article writes again', () => {
    expect(found('Kelvaro union leaders walked out. The talks with Kelvaro failed.')).toEqual([
      ['Organization', 'Kelvaro'],
    ]);
  });

  it('keeps a name before such a noun inside the sentence', () => {
    expect(found('Workers said the Kelvaro union had called a strike.')).toEqual([
      ['Organization', 'Kelvaro'],
    ]);
  });

  it('reads a party named by its members as the party', () => {
    const a = analyze('The Nazis seized power in 1933. Many Nazi officials fled.', {
      headline: false,
    });
    expect(a.entities.map((e) => e.name)).toEqual(['Nazi Party']);
    expect(a.mentions.map((m) => m.text)).toEqual(['Nazis', 'Nazi']);
  });

  it('takes no party from its name after "neo-" or before "-free"', () => {
    expect(found('Hundreds marched against neo-Nazis in the town on Sunday.')).toEqual([]);
    expect(found('Activists want a Nazi-free town square.')).toEqual([]);
  });

  it("takes no state's body from one listed word after another name where the state is not", () => {
    expect(found('Chile voted on Sunday. He spoke at the FIFA Congress on Thursday.')).toEqual([
      ['State', 'Chile'],
      ['Organization', 'FIFA'],
    ]);
    const named = found('He spoke in Congress on Thursday.').map(([, n]) => n);
    expect(named).toContain('Congress');
  });

  it('keeps a party named by one word without its state', () => {
    expect(found('Senate Democrats opposed the plan on Thursday.')).toContainEqual([
      'Organization',
      'Democratic Party',
    ]);
  });

  it('takes no body from a weekday in capitals before a date', () => {
    expect(
      found('Broadcast: DW SUN 09.10.2016 - 19:15 UTC and SAT 12.11.2016.'),
    ).not.toContainEqual(['Organization', 'SUN']);
  });

  it('takes no body from a hashtag', () => {
    expect(found('The #KeepWaters movement is demanding cleaner rivers.')).toEqual([]);
  });

  it("keeps an acronym that opens a sentence before a body's noun", () => {
    expect(found('Talks stalled. KVU union leaders said the offer was poor.')).toEqual([
      ['Organization', 'KVU'],
    ]);
  });
});
