import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const found = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).entities.map((e) => [e.type, e.name]);

describe('nameDescribedBodies', () => {
  it('takes a name where someone holds a role at it for a body', () => {
    expect(
      found('Ruth Dale, chief Economist at KVB Ostral Insight, said rates would rise.'),
    ).toEqual([
      ['Person', 'Ruth Dale'],
      ['Organization', 'KVB Ostral Insight'],
    ]);
  });

  it("takes a name for a body where an apposition's head noun is a body's, and its repeats too", () => {
    const a = analyze(
      'The Dar al-Nuhar, the Tunisian fatwa office, condemned it. Later Dar al-Nuhar spoke again.',
      { headline: false },
    );
    const body = a.entities.find((e) => e.name === 'Dar al-Nuhar');
    expect(body?.type).toBe('Organization');
    expect(a.mentions.filter((m) => m.text === 'Dar al-Nuhar')).toHaveLength(2);
  });

  it("leaves a person whose apposition's noun is in a phrase of its own", () => {
    expect(found('Ola Brenn Malvik, the head of the agency, said so.')).toEqual([
      ['Person', 'Ola Brenn Malvik'],
    ]);
  });

  it('takes a name hyphenated to a word for backing for a body', () => {
    expect(found('Critics of Joe Kestrel-backed Varna United spoke out.')).toContainEqual([
      'Organization',
      'Joe Kestrel',
    ]);
  });

  it('takes a quoted name a person is of for a body', () => {
    expect(found('It is a shock, says Ruth Dale of "Verlorene Kinder" in Bonn.')).toContainEqual([
      'Organization',
      'Verlorene Kinder',
    ]);
  });
});
