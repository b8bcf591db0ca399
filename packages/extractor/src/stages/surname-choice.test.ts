import { describe, expect, it } from 'vitest';
import type { Candidate } from './candidate.js';
import { PersonIndex } from './person-index.js';

/** Each candidate its own sentence unless one is given: `start` apart, never adjacent. */
function candidate(
  name: string,
  start: number,
  type: 'Person' | null = 'Person',
  sentence = start,
): Candidate {
  return {
    start,
    end: start + name.length,
    text: name,
    first: 0,
    last: 1,
    sentence,
    type,
    kind: 'name',
    name,
  };
}

const owner = (index: PersonIndex, start: number): string | undefined =>
  index.clusters().find((c) => c.members.some((m) => m.start === start))?.name;

describe('a surname shared by two people', () => {
  it('stays with the person the story already called by it, past a namesake named in passing', () => {
    // "Senator Ola Brisk ... Brisk said ... a tribute to a nurse, Eva Brisk ... Brisk said ..."
    const index = new PersonIndex();
    index.addStrong(candidate('Ola Brisk', 10));
    index.addStrong(candidate('Brisk', 100));
    index.addStrong(candidate('Eva Brisk', 200));
    index.addStrong(candidate('Brisk', 300));
    expect(owner(index, 300)).toBe('Ola Brisk');
    expect(owner(index, 200)).toBe('Eva Brisk');
  });

  it('goes to the bearer named first when both were named as often, sentences before', () => {
    const index = new PersonIndex();
    index.addStrong(candidate('Ola Brisk', 10));
    index.addStrong(candidate('Eva Brisk', 200));
    index.addStrong(candidate('Brisk', 300));
    expect(owner(index, 300)).toBe('Ola Brisk');
  });

  it('goes to the bearer named most often before it', () => {
    const index = new PersonIndex();
    index.addStrong(candidate('Ola Brisk', 10));
    index.addStrong(candidate('Eva Brisk', 200));
    index.addStrong(candidate('Eva Brisk', 250));
    index.addStrong(candidate('Brisk', 300));
    expect(owner(index, 300)).toBe('Eva Brisk');
  });

  it('goes to the one bearer named in its sentence or the one before', () => {
    const index = new PersonIndex();
    index.addStrong(candidate('Ola Brisk', 10, 'Person', 1));
    index.addStrong(candidate('Eva Brisk', 200, 'Person', 8));
    index.addStrong(candidate('Brisk', 300, 'Person', 9));
    expect(owner(index, 300)).toBe('Eva Brisk');
  });

  it('does not go by the sentence before where it names both bearers', () => {
    const index = new PersonIndex();
    index.addStrong(candidate('Ola Brisk', 10, 'Person', 8));
    index.addStrong(candidate('Eva Brisk', 200, 'Person', 8));
    index.addStrong(candidate('Brisk', 300, 'Person', 9));
    expect(owner(index, 300)).toBe('Ola Brisk');
  });

  it('compares weak mentions by position, not by the order they were added', () => {
    // Strong mentions are all added before the bare ones, so "seen last" must mean "before it".
    const index = new PersonIndex();
    index.addStrong(candidate('Ola Brisk', 10));
    index.addStrong(candidate('Eva Brisk', 500));
    expect(index.matchWeak(candidate('Brisk', 100, null))).toBe(true);
    expect(owner(index, 100)).toBe('Ola Brisk');
    expect(index.matchWeak(candidate('Brisk', 600, null))).toBe(true);
    // Ola was called "Brisk" alone at 100, so the bare name stays hers.
    expect(owner(index, 600)).toBe('Ola Brisk');
  });
});
