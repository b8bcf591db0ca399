import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

function people(text: string): string[] {
  return body(text)
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);
}

describe('hintGivenNames', () => {
  it('takes two or three words opening with a given name that the tagger reads as a person', () => {
    expect(people('The prize went to the sprinter Margit Oyelaran on Sunday.')).toEqual([
      'Margit Oyelaran',
    ]);
  });

  it('leaves a name whose first word is no given name, or that the tagger reads as a place', () => {
    expect(people('The prize went to the club Vorstadt Oyelaran on Sunday.')).toEqual([]);
    expect(people('Troops advanced into Khan Tabrizat, a rebel-held town.')).toEqual([]);
  });

  it('leaves a given name before a word that ends a place’s or a body’s name', () => {
    expect(people('Crowds filled Leanne Park on Sunday.')).toEqual([]);
    expect(people('The charity Christian Aid has launched an appeal.')).toEqual([]);
  });

  it('takes a name after a noun for a person for a person without a given name, not a title', () => {
    expect(people('The crowd cheered the actress Zolvan Okereke on Friday.')).toEqual([
      'Zolvan Okereke',
    ]);
    expect(people('The conservative Harbour Works Minister resigned.')).toEqual([]);
  });

  it('takes no given name that is a word too for evidence of a person', () => {
    expect(people('The museum showed Art Deco on Sunday.')).toEqual([]);
  });

  it('takes a given name that is a word too before a listed surname', () => {
    expect(people('The vote was held on Monday.\nChristian Wulff resigned on Friday.')).toEqual([
      'Christian Wulff',
    ]);
    expect(people('The vote was held on Monday.\nChristian Varnoqe resigned on Friday.')).toEqual(
      [],
    );
  });
});
