import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';
import { roles } from '../relations/test-roles.js';

const organizations = (text: string): string[] =>
  analyze(text, { headline: false })
    .entities.filter((e) => e.type === 'Organization')
    .map((e) => e.name);

describe('"Project" closes an organization name as "Programme" does', () => {
  it('reads a capitalised name ending in "Project" as an organization', () => {
    expect(organizations('Mira Dolan, head of the Tarvel Project, said talks had failed.')).toEqual(
      ['Tarvel Project'],
    );
    expect(
      organizations('The Ostmark Refugee Rights Project said on Monday that it would sue.'),
    ).toEqual(['Ostmark Refugee Rights Project']);
  });

  it('gives its head LEADS and membership, and its manager membership', () => {
    expect(
      roles(
        '"It is worrying," said Mira Dolan, head of the Tarvel Project which campaigns for migrants.',
      ),
    ).toEqual([
      'LEADS person:mira-dolan org:tarvel-project',
      'MEMBER_OF person:mira-dolan org:tarvel-project',
    ]);
    expect(roles('Ivo Brandt, the manager of the Tarvel Project, spoke out.')).toEqual([
      'MEMBER_OF person:ivo-brandt org:tarvel-project',
    ]);
  });

  it('makes no organization of a lower-case project or of "Project" alone', () => {
    expect(organizations('The Tarvel project was cancelled after two years.')).toEqual([]);
    expect(organizations('Project leaders met in Bonn on Monday.')).toEqual([]);
  });

  it('gives nothing to a former head', () => {
    expect(roles('Mira Dolan, the former head of the Tarvel Project, spoke out.')).toEqual([]);
  });
});
