import { describe, expect, it } from 'vitest';
import { goldQuotes, sourceKind } from './gold-quotes.js';
import { readBrat } from './read-brat.js';

const ann = (...lines: string[]): string => lines.join('\n');

describe('sourceKind', () => {
  it('tells names, pronouns and descriptions apart', () => {
    expect(sourceKind('Senator Mara Lind')).toBe('name');
    expect(sourceKind('She')).toBe('pronoun');
    expect(sourceKind('a campaign spokeswoman')).toBe('description');
    expect(sourceKind('the Lind campaign')).toBe('description');
    expect(sourceKind('Ann Lee, a senator from Ohio,')).toBe('name');
  });
});

describe('goldQuotes', () => {
  //            0         1         2         3         4         5         6
  //            0123456789012345678901234567890123456789012345678901234567890123456789
  const text = 'Mara Lind spoke. She said “we will win” and that taxes were “too high.”';
  const doc = readBrat(
    ann(
      'T1\tSource 0 9\tMara Lind',
      'T2\tSource 17 20\tShe',
      'T3\tCue 21 25\tsaid',
      'T4\tContent 26 39\t“we will win”',
      'E1\tAttribution:T3 Content:T4 Cue:T3 Source:T2',
      'T5\tContent 44 71\tthat taxes were “too high.”',
      'E2\tAttribution:T3 Content:T5 Cue:T3 Source:T2',
    ),
  );

  it('takes wholly quoted content as a quote and resolves a pronoun to the named source before it', () => {
    const gold = goldQuotes(text, doc);
    expect(gold.quotes.map((q) => text.slice(q.start, q.end))).toEqual(['we will win']);
    expect(gold.quotes[0]?.source.kind).toBe('pronoun');
    expect(gold.quotes[0]?.source.refs.map((r) => r.text)).toEqual(['Mara Lind']);
  });

  it('leaves a partial quote inside a paraphrase neutral', () => {
    const gold = goldQuotes(text, doc);
    expect(gold.neutral.map((q) => text.slice(q.start, q.end))).toEqual(['too high.']);
  });
});

describe('goldQuotes for a description source', () => {
  //            0         1         2         3         4         5         6
  //            0123456789012345678901234567890123456789012345678901234567890123456789
  const text = 'Mara Lind spoke first. “Taxes are too high,” the senator said.';
  const doc = readBrat(
    ann(
      'T1\tSource 0 9\tMara Lind',
      'T2\tContent 23 44\t“Taxes are too high,”',
      'T3\tSource 45 56\tthe senator',
      'T4\tCue 57 61\tsaid',
      'E1\tAttribution:T4 Content:T2 Cue:T4 Source:T3',
    ),
  );

  it('judges the speaker by the description itself, not by the name before it', () => {
    const [quote] = goldQuotes(text, doc).quotes;
    expect(quote?.source.kind).toBe('description');
    expect(quote?.source.refs.map((r) => r.text)).toEqual(['the senator']);
  });
});
