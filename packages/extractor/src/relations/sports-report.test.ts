import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

// Whole articles written for these tests: in a sports report, beating, dismissing or hitting a
// pitch from a player is play, not opposition; a governing body's sanction still is.

function opposes(text: string): string[] {
  const doc = extract(text, { id: 'test' });
  const name = new Map(doc.entities.map((e) => [e.id, e.name]));
  return doc.relations
    .filter((r) => r.type === 'OPPOSES')
    .map((r) => `${name.get(r.source)} > ${name.get(r.target)}`)
    .sort();
}

describe('extract: opposition in a sports report', () => {
  it('reads no OPPOSES between players of a tennis or cricket report', () => {
    const tennis = [
      'Tennis - Oslund reaches the semi-finals.',
      '',
      'Kari Oslund, who beat Tomas Verhaegen in the third round of the open last year, attacked the net in the final set and won the match 6-4 7-5.',
    ].join('\n');
    expect(opposes(tennis)).toEqual([]);
    const cricket = [
      'Cricket - Marlow takes five wickets.',
      '',
      'Dean Marlow dismissed Owen Hartley for 12 as the home side collapsed on the second day of the match.',
    ].join('\n');
    expect(opposes(cricket)).toEqual([]);
  });

  it("keeps a governing body's sanction in a sports report", () => {
    const ban = [
      'Soccer - Federation bans club president.',
      '',
      'The Portuguese Football Federation has banned club president Rui Almada for two years after a fight at the end of the match, the season’s worst.',
    ].join('\n');
    expect(opposes(ban)).toEqual(['Portuguese Football Federation > Rui Almada']);
  });

  it('keeps OPPOSES in an article that is no sports report', () => {
    const politics = 'Chile accused Peru of violating the treaty on Monday.';
    expect(opposes(politics)).toEqual(['Chile > Peru']);
  });
});
