import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

const typed = (text: string): string[] => body(text).entities.map((e) => `${e.type} ${e.name}`);

describe('emitCompetition', () => {
  it('reads a league the text follows with a competition noun as an event everywhere', () => {
    const text =
      'Harbor City lost the Northern Shield League final on Sunday. ' +
      'They had won the Northern Shield League twice before.';
    expect(typed(text)).toContain('Event Northern Shield League');
    expect(typed(text)).not.toContain('Organization Northern Shield League');
  });

  it('reads a league that a side qualifies for as an event', () => {
    expect(typed('The club qualified for the Coastal Premier League last May.')).toContain(
      'Event Coastal Premier League',
    );
  });

  it('keeps a league with no such cue an organization', () => {
    expect(typed('The Coastal Premier League said it would fine the club.')).toContain(
      'Organization Coastal Premier League',
    );
  });
});

describe('award ceremonies', () => {
  it('read a name ending in "Awards" as an event, even after a given name', () => {
    const found = typed('Talks went on. She won two Dana Awards and met Dana Kirk later.');
    expect(found).toContain('Event Dana Awards');
    expect(found).not.toContain('Person Dana Awards');
  });
});
