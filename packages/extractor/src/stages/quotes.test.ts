import { describe, expect, it } from 'vitest';
import { AGENCY, WIRE } from '../fixtures/articles.js';
import { analyze } from '../pipeline.js';
import { body } from './test-helpers.js';

const quotes = (text: string, headline = false): Array<[string, string]> =>
  analyze(text, { headline }).quotes.map((q) => [q.speakerId, q.text.replace(/\s+/g, ' ')]);

describe('attributeQuotes', () => {
  it('finds the speaker after a quote split by its attribution', () => {
    const text =
      '“We will act soon,” Secretary General Anna Berg told reporters. “But nothing is decided.”';
    expect(quotes(text)).toEqual([
      ['person:anna-berg', 'We will act soon,'],
      ['person:anna-berg', 'But nothing is decided.'],
    ]);
  });

  it('finds the speaker before a quote, past an apposition and adverbs', () => {
    expect(
      quotes(
        'Brad Ellis, from Human Rights Watch, said: "This sends a strong message to everyone."',
      ),
    ).toEqual([['person:brad-ellis', 'This sends a strong message to everyone.']]);
    expect(quotes('Prime Minister Dana Levi, however, said she was "very moved" by it.')).toEqual([
      ['person:dana-levi', 'very moved'],
    ]);
  });

  it('takes the speaker from "said X" and "according to X"', () => {
    expect(
      quotes(
        '"The consensus is broken," said Avi Stern, a senior fellow at the Tikva Policy Forum.',
      ),
    ).toEqual([['person:avi-stern', 'The consensus is broken,']]);
  });

  it('resolves he to the person the previous sentence is about', () => {
    expect(
      quotes(
        'Tory spokesman Peter Hallworth said it was wrong. He said Mr Kent was "naive beyond belief" about it.',
      ),
    ).toEqual([['person:peter-hallworth', 'naive beyond belief']]);
  });

  it('gives a ministry’s words to its state', () => {
    expect(
      quotes(
        'Russia’s foreign ministry said it saw the move as "another measure contradicting" the law.',
      ),
    ).toEqual([['state:RUS', 'another measure contradicting']]);
  });

  it('drops quotes whose speaker is unnamed, and the quotes that follow them', () => {
    expect(
      quotes(
        'A government official responded: "We will not comment on leaks." Prices rose. "There is no plan B."',
      ),
    ).toEqual([]);
  });

  it('does not take scare quotes for quotations', () => {
    expect(
      quotes('Diplomats argue over an internal “chairman’s report” before the summit.'),
    ).toEqual([]);
    expect(quotes('He toured the prison, dubbed the “Lake Hilton” by soldiers.')).toEqual([]);
  });

  it('keeps the speaker for a quote that opens the next paragraph or continues it', () => {
    const got = quotes(AGENCY, true);
    expect(got.map(([id]) => id)).toEqual(Array(5).fill('person:kovac'));
    expect(got[2]?.[1]).toBe('The sea belongs to all of us. We should not stand alone.');
  });

  it('attributes a short quote claimed by a speech verb, and quotes adjacent to an attribution', () => {
    const got = quotes(WIRE, true);
    expect(got).toContainEqual(['person:peter-hallworth', 'reckless']);
    expect(got).toContainEqual(['person:alan-pembrook', 'fairness']);
    expect(got).toContainEqual(['person:alan-pembrook', 'That continues to be the case.']);
    expect(got.some(([, t]) => t.includes('leaks'))).toBe(false);
  });

  it('records the attribution span', () => {
    const text = '“We will act,” Anna Berg said.';
    const [q] = analyze(text, { headline: false }).quotes;
    expect(q?.attribution && text.slice(q.attribution.start, q.attribution.end)).toBe(
      'Anna Berg said',
    );
  });

  it('reads a quote of one speaker around a short quoted word as theirs', () => {
    const text =
      'Mr Kent insisted. "Growth is strong," he said. Low rates meant less "panic" here. "Prices are stable," he said.';
    expect(body(text).quotes.map((q) => q.text)).toEqual([
      'Growth is strong,',
      'panic',
      'Prices are stable,',
    ]);
  });
});
