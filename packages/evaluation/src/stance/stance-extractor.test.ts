import { describe, expect, it } from 'vitest';
import { describeThrown } from '../../../../graph-schema/src/test-fixtures.js';
import { evaluateStance, extractorStance } from './stance-extractor.js';

describe('extractorStance', () => {
  it('reads a sentence into the extractor’s mentions with offsets into it', () => {
    const text = 'Norway criticised Sweden over the fishing quota.';
    const reading = extractorStance(text);
    const named = reading.mentions.map((m) => text.slice(m.start, m.end));
    expect(named).toEqual(expect.arrayContaining(['Norway', 'Sweden']));
  });
});

describe('evaluateStance', () => {
  it('scores every line of the file and counts polar and neutral sentences', () => {
    const file = [
      '[Norway] met [Sweden] in Oslo on Monday.\tNorway\tSweden\t0',
      '[Norway] praised [Sweden] for its help.\tNorway\tSweden\t1',
    ].join('\n');
    const score = evaluateStance(file, 'tiny.txt');
    expect(score).toMatchObject({ sentences: 2, polar: 1, neutral: 1 });
    expect(score.outcomes).toHaveLength(2);
    // The extractor is wired in: both countries of the polar sentence are found.
    expect(score.bothFound).toBe(1);
  });

  it('names the file and line of a malformed row', () => {
    expect(describeThrown(() => evaluateStance('no markers\ta\tb\t1', 'bad.txt'))).toMatch(
      /bad\.txt:1/,
    );
  });
});
