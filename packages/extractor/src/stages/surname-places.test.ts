import { describe, expect, it } from 'vitest';
import { analyze } from '../index.js';

// A lone surname that is also a listed state's or place's name, after the person's full name.
// Sentences written for these tests.

const mentions = (text: string): string[] =>
  analyze(text, { headline: false }).mentions.map(
    (m) => `${text.slice(m.start, m.end)}:${m.entityId}`,
  );

describe('placeSurnames', () => {
  it('resolves the surname to the person named in full before it', () => {
    expect(
      mentions('Jim Jordan spoke in Ohio on Monday. The crowd cheered Jordan loudly.'),
    ).toEqual(['Jim Jordan:person:jim-jordan', 'Ohio:loc:ohio', 'Jordan:person:jim-jordan']);
    expect(mentions('Ana Lima spoke on Monday. Later Lima met donors.')).toEqual([
      'Ana Lima:person:ana-lima',
      'Lima:person:ana-lima',
    ]);
  });

  it('keeps the place where the article uses the name as a place', () => {
    expect(mentions('Jim Jordan spoke. He later flew to Jordan, where Jordan hosted him.')).toEqual(
      ['Jim Jordan:person:jim-jordan', 'Jordan:state:JOR', 'Jordan:state:JOR'],
    );
    expect(
      mentions('Jim Jordan met Jordanian officials. Jordan said the talks went well.'),
    ).toEqual(['Jim Jordan:person:jim-jordan', 'Jordanian:state:JOR', 'Jordan:state:JOR']);
  });

  it('keeps the place where no person of that surname came before', () => {
    expect(mentions('Jordan said on Monday that Jim Jordan was wrong.')).toEqual([
      'Jordan:state:JOR',
      'Jim Jordan:person:jim-jordan',
    ]);
  });
});
