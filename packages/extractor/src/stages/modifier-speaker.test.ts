import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

// A word before another name after a verb of speech or stance (issue 10, stop 29), on sentences
// written here: "criticized Senate Democrats" names no person "Senate".

function entitiesOf(text: string): string[] {
  return extract(`Headline\n\n${text}`, { id: 't' }).entities.map((e) => `${e.type}:${e.name}`);
}

describe('a word right before another name after a speech verb', () => {
  it('is no person', () => {
    expect(entitiesOf('Nora Lind criticized Senate Democrats on Monday.')).not.toContain(
      'Person:Senate',
    );
    expect(entitiesOf('Nora Lind praised House Republicans.')).not.toContain('Person:House');
  });

  it('leaves a lone name beside a speech verb a person', () => {
    expect(entitiesOf('The plan was bad, said Rindal.')).toContain('Person:Rindal');
  });
});
