import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

// "Mr. Quill" after "Anna Quill": a surname whose title says the other gender is another person
// (spouses, siblings; stop 35), written here.

function peopleOf(text: string): string[] {
  return extract(`Headline\n\n${text}`, { id: 't' })
    .entities.filter((e) => e.type === 'Person')
    .map((e) => `${e.name}:${e.mentions.length}`)
    .sort();
}

describe('a surname with a gendered title', () => {
  it('joins no person of the other gender', () => {
    expect(peopleOf('Anna Quill spoke on Monday. Mr. Quill, her husband, stayed home.')).toEqual([
      'Anna Quill:1',
      'Quill:1',
    ]);
    expect(peopleOf('Mrs. Quill spoke first. Then Peter Quill, her son, spoke.')).toEqual([
      'Peter Quill:1',
      'Quill:1',
    ]);
  });

  it('still joins the person of the same gender, or of none known', () => {
    expect(peopleOf('Anna Quill spoke on Monday. Mrs. Quill left early.')).toEqual([
      'Anna Quill:2',
    ]);
    expect(peopleOf('Peter Quill spoke on Monday. Mr. Quill left early.')).toEqual([
      'Peter Quill:2',
    ]);
    expect(peopleOf('Kelly Quill spoke on Monday. Mr. Quill left early.')).toEqual([
      'Kelly Quill:2',
    ]);
  });
});
