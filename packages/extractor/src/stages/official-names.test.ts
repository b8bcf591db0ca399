import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

// Official state names with a possessive inside (issue 10, stop 29), on sentences written here:
// "the People's Republic of China" is China, not Taiwan's "Republic of China".

function statesOf(text: string): string[] {
  const doc = extract(`Headline\n\n${text}`, { id: 't' });
  return doc.entities.filter((e) => e.type === 'State').map((e) => e.id);
}

describe('official state names with a possessive inside', () => {
  it('reads the whole name, with either apostrophe', () => {
    expect(statesOf("The People's Republic of China protested.")).toEqual(['state:CHN']);
    expect(statesOf('The People’s Republic of China protested.')).toEqual(['state:CHN']);
    expect(statesOf("The Democratic People's Republic of Korea protested.")).toEqual(['state:PRK']);
  });

  it('keeps a possessor before another name apart', () => {
    expect(statesOf("China's Republic Day parade was cancelled.")).toEqual(['state:CHN']);
    expect(statesOf('The Republic of China held elections.')).toEqual(['state:TWN']);
  });

  it('reads a name with an elided particle whole', () => {
    expect(statesOf("Côte d'Ivoire protested.")).toEqual(['state:CIV']);
    expect(statesOf('Cote d’Ivoire protested.')).toEqual(['state:CIV']);
  });

  it('reads the Federal Republic of Yugoslavia as Yugoslavia', () => {
    expect(statesOf('NATO bombed the Federal Republic of Yugoslavia.')).toEqual(['state:YUG']);
  });
});
