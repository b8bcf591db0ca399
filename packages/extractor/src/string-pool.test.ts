import { describe, expect, it } from 'vitest';
import type { Candidate } from './stages/candidate.js';
import { StringPool } from './string-pool.js';
import { extractInWindows } from './pipeline.js';

/** The same characters as `s`, in a string of their own (not the literal V8 already shares). */
const copy = (s: string): string => [...s].join('');

// Which copy a string is cannot be seen from JavaScript (strings compare by value); the memory it
// saves is measured by the benchmark (scripts/bench/long-text.mjs). Here: no value ever changes.
describe('StringPool', () => {
  it('gives back a string of the same value, for each of many values', () => {
    const pool = new StringPool();
    const names = ['Riverton Council', 'Riverton', 'Mara Quist', 'Riverton Council'];
    for (const name of names) pool.intern(name);
    for (const name of names) expect(pool.intern(copy(name))).toBe(name);
  });

  it('leaves candidates’ surfaces and names as they were', () => {
    const pool = new StringPool();
    const make = (text: string, name: string): Candidate => ({
      start: 0,
      end: text.length,
      text: copy(text),
      name: copy(name),
      first: 0,
      last: 1,
      sentence: 0,
      type: 'Person',
      kind: 'name',
    });
    const found = [
      make('Mara Quist', 'Mara Quist'),
      make('Quist', 'Mara Quist'),
      make('Feld', 'Tomas Feld'),
    ];
    pool.candidates(found);
    expect(found.map((c) => [c.text, c.name])).toEqual([
      ['Mara Quist', 'Mara Quist'],
      ['Quist', 'Mara Quist'],
      ['Feld', 'Tomas Feld'],
    ]);
  });
});

describe('a text of several windows', () => {
  const paragraph = (n: number): string =>
    `Mara Quist of the Riverton Council met Tomas Feld on day ${n}. "We agreed on the budget," Quist said.`;
  const text = Array.from({ length: 30 }, (_, n) => paragraph(n)).join('\n\n');

  it('holds every mention span at its exact offsets with the text there', () => {
    const { document } = extractInWindows(text, 400, { headline: false });
    const spans = document.entities.flatMap((e) => e.mentions);
    expect(spans.length).toBeGreaterThan(60);
    for (const span of spans) expect(span.text).toBe(text.slice(span.start, span.end));
  });
});
