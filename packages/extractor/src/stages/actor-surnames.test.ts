import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';
import { actorSurname } from './actor-surnames.js';

const found = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).entities.map((e) => [e.type, e.name]);

describe('actorSurname', () => {
  it('takes the surname of a person the actor table names in full', () => {
    expect(actorSurname('Rousseff')).toBe(true);
    expect(actorSurname('Boehner')).toBe(true);
  });

  it('leaves words news writes in lower case, short words and unknown names', () => {
    expect(actorSurname('Bush')).toBe(false);
    expect(actorSurname('Stone')).toBe(false);
    expect(actorSurname('Lee')).toBe(false);
    expect(actorSurname('Quorvelin')).toBe(false);
  });

  it('lets such a surname fill the slots of a listed name', () => {
    expect(found('Critics accused Rousseff of lying to voters.')).toContainEqual([
      'Person',
      'Rousseff',
    ]);
    expect(found('Boehner blasted the spending plan on Tuesday.')).toContainEqual([
      'Person',
      'Boehner',
    ]);
  });

  it('still reads nobody in a common word that is also a surname', () => {
    expect(found('Stone has been quarried here for centuries.')).toEqual([]);
  });
});
