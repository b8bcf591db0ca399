import { describe, expect, it } from 'vitest';
import { pastForms } from './opening-verbs.js';
import { body } from './test-helpers.js';

/** Each mention's surface and its entity's type, in order. */
function typed(text: string): string[] {
  const a = body(text);
  return a.mentions.map((m) => `${text.slice(m.start, m.end)}:${m.type}`);
}

// Sentences written for these tests: a lone surname that opens its sentence as the subject of an
// irregular past verb, or of a verb after an aside set off by commas.
describe('openingSubject: an irregular past verb after an opening surname', () => {
  it('reads "Rubio took aim" and "Obama hit back" as people', () => {
    expect(typed('Rubio took aim at the plan on Monday.')).toContain('Rubio:Person');
    expect(typed('Obama hit back at the critics of the bill.')).toContain('Obama:Person');
  });

  it('reads the subject past an adverb ("Kim personally sent")', () => {
    expect(typed('Kim personally sent a letter to the families.')).toContain('Kim:Person');
  });

  it('leaves a plural noun before a verb in -s alone ("Brass plates affixed", "Leaks inhibit")', () => {
    expect(typed('Brass plates affixed to the doors advertise private clinics.')).toEqual([]);
    expect(typed('Leaks also inhibit the free exchange of ideas.')).toEqual([]);
  });

  it('has only past forms no plural noun shares', () => {
    for (const w of pastForms()) expect(w).not.toMatch(/[^s]s$/);
  });
});

describe('openingSubject: an aside between the opening surname and its verb', () => {
  it('reads "Graham, a onetime presidential hopeful, has not endorsed" as a person', () => {
    expect(
      typed('Graham, a onetime 2016 presidential hopeful, has not endorsed the plan.'),
    ).toContain('Graham:Person');
  });

  it('reads "Abbas, as a result, turned to" as a person', () => {
    expect(typed('Abbas, as a result, turned to his supporters abroad.')).toContain('Abbas:Person');
  });

  it('leaves a list of capitalised words alone ("Hope, Faith and Love were")', () => {
    expect(typed('Hope, Faith and Love were the names of the three boats.')).toEqual([]);
  });

  it('leaves an opening word set off by a comma that is no subject ("Well, he said")', () => {
    expect(typed('Still, the committee has endorsed the plan.')).toEqual([]);
  });
});
