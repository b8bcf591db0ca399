import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

// Role relations in constructions of news English (issue 10, stop 30). Sentences written for
// these tests.

function roles(text: string): string[] {
  return extract(`Headline\n\n${text}`, { id: 't' })
    .relations.filter((r) => ['MEMBER_OF', 'REPRESENTS', 'LEADS'].includes(r.type))
    .map((r) => `${r.type} ${r.source} ${r.target}`)
    .sort();
}

describe('titles: a crown prince holds an office of his state', () => {
  it('gives REPRESENTS for "Jordanian Crown Prince X" and "Crown Prince X of Jordan"', () => {
    expect(roles('Jordanian Crown Prince Hamid Qasr met the delegation.')).toEqual([
      'REPRESENTS person:hamid-qasr state:JOR',
    ]);
    expect(roles('Crown Prince Hamid Qasr of Jordan met the delegation.')).toEqual([
      'REPRESENTS person:hamid-qasr state:JOR',
    ]);
  });

  it('gives nothing for a former crown prince', () => {
    expect(roles('Former Jordanian Crown Prince Hamid Qasr met the delegation.')).toEqual([]);
  });
});
