import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

// Sentences written for these tests: a people's or faith's adjective before a plural noun for
// people who act together is an unnamed collective actor (GUIDELINES: Group).
describe('group: more nouns of people acting together', () => {
  it('makes Groups of nationalists, protesters, voters and settlers', () => {
    expect(body('Hindu nationalists marched through the town.').ids).toEqual([
      'group:hindu-nationalists',
    ]);
    expect(body('Kurdish protesters gathered outside the embassy.').ids).toEqual([
      'group:kurdish-protesters',
    ]);
    expect(body('Evangelical voters stayed at home.').ids).toEqual(['group:evangelical-voters']);
  });

  it('reads "LGBT" as a group adjective', () => {
    expect(body('LGBT activists reacted strongly to the remarks.').ids).toEqual([
      'group:lgbt-activists',
    ]);
  });

  it('leaves a lower-case noun after a capitalised one alone when no adjective opens it', () => {
    expect(body('Several protesters were arrested on Monday.').ids).toEqual([]);
  });
});
