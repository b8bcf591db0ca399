import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';
import { extractRelations } from '../relations/index.js';

/** The stance and membership triples the whole pipeline reads from body text, sorted. */
function triples(text: string): string[] {
  return extractRelations(analyze(text, { headline: false }), {})
    .filter((r) => ['OPPOSES', 'SUPPORTS', 'MEMBER_OF'].includes(r.type))
    .map((r) => `${r.type} ${r.source} ${r.target}`)
    .sort();
}

// A party's adjective before a noun for one of its people describes that person; the party is not
// what the verb is aimed at, nor who acts (sentences written for these tests).
describe('a party adjective before a person noun with no name after it', () => {
  it('gives no stance toward the party for "the Republican front-runner"', () => {
    expect(triples('Mara Quist criticized the Republican front-runner on Tuesday.')).toEqual([]);
  });

  it('gives no stance toward the party for "the Democratic nominee"', () => {
    expect(triples('Mara Quist attacked the Democratic nominee over the budget.')).toEqual([]);
  });

  it('gives no stance from the party for "a Republican front-runner"', () => {
    expect(triples('A Republican front-runner criticized Mara Quist on Monday.')).toEqual([]);
  });

  it('keeps "a state senator from Ohio who supported" pointing at the senator named before', () => {
    expect(
      triples(
        'The plan failed, said Mara Quist, a former state senator from Ohio who supported Tomas Reyes.',
      ),
    ).toEqual(['SUPPORTS person:mara-quist person:tomas-reyes']);
  });

  it('keeps the person named after the noun, and the membership', () => {
    expect(triples('Mara Quist attacked Republican front-runner Tomas Reyes.')).toEqual([
      'MEMBER_OF person:tomas-reyes org:republican-party-us',
      'OPPOSES person:mara-quist person:tomas-reyes',
    ]);
  });

  it('keeps the party as a plural of its members ("Republican senators")', () => {
    expect(triples('Mara Quist criticized Republican senators on Tuesday.')).toEqual([
      'OPPOSES person:mara-quist org:republican-party-us',
    ]);
  });
});
