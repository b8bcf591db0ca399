import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

/** MEMBER_OF triples of an article with the given headline and body. */
function members(headline: string, body: string): string[] {
  return extract(`${headline}\n\n${body}`, { id: 't' })
    .relations.filter((r) => r.type === 'MEMBER_OF')
    .map((r) => `${r.source} ${r.target}`)
    .sort();
}

const REPORT = 'Football: Hertha Berlin win again in the Bundesliga';
const OPENING =
  'Hertha Berlin beat Werder Bremen 2-0 in the Bundesliga on Saturday. Hertha Berlin dominated the match, and Hertha Berlin now sit third in the table.';

describe('sportSentenceMembers in a sentence naming no side (stop 32)', () => {
  it("gives a sports report's people the side the article is about", () => {
    expect(
      members(
        REPORT,
        `${OPENING} With Tom Keller and Max Weber sweeping into the defensive line, it was clear why the midfield looked so solid.`,
      ),
    ).toEqual(['person:max-weber org:hertha-berlin', 'person:tom-keller org:hertha-berlin']);
  });

  it('gives nothing outside a sports report', () => {
    expect(
      members(
        'Senate passes the budget',
        'Hertha Berlin beat Werder Bremen 2-0. Hertha Berlin dominated, and Hertha Berlin sit third. With Tom Keller and Max Weber in the line, it was clear why the midfield looked solid.',
      ),
    ).toEqual([]);
  });

  it('gives nothing to a former or retired player', () => {
    expect(
      members(
        REPORT,
        `${OPENING} With Tom Keller now retired, the midfield lacks a leader. Former midfielder Max Weber watched the match from the stands.`,
      ),
    ).toEqual([]);
  });

  it('gives nothing to a name after a preposition: the likes of X, fouled by X', () => {
    expect(
      members(
        REPORT,
        `${OPENING} A tackle by the likes of Tom Keller now draws a penalty. The midfield was fouled by Max Weber twice.`,
      ),
    ).toEqual([]);
  });

  it('gives nothing to a person named beside a state or another body', () => {
    expect(
      members(
        REPORT,
        `${OPENING} Tom Keller, who played in the midfield for years, was born in Poland.`,
      ),
    ).toEqual([]);
  });
});
