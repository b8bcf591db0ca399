import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';
import { segment } from '../text/segment.js';
import { findQuoteSpans } from './quote-marks.js';

const spans = (text: string): string[] => {
  const { paragraphs, sentences } = segment(text, { headline: false });
  const start = (at: number): number => sentences.filter((s) => s.start <= at).at(-1)?.start ?? at;
  return findQuoteSpans(text, paragraphs, start).map((q) => text.slice(q.start, q.end));
};

const quotes = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).quotes.map((q) => [q.speakerId, q.text]);

describe('findQuoteSpans', () => {
  it('reads doubled apostrophes and backticks as quotation marks', () => {
    expect(spans("''We are ready,'' she said. ``It is time,'' he added.")).toEqual([
      'We are ready,',
      'It is time,',
    ]);
  });

  it('reads guillemets, with or without spaces inside', () => {
    expect(spans('Il a dit « nous partons » puis «non».')).toEqual(['nous partons', 'non']);
  });

  it('reads single quotes at word edges and leaves apostrophes alone', () => {
    expect(
      spans("The farmers’ union said ‘we will not move an inch’ and 'never again' today."),
    ).toEqual(['we will not move an inch', 'never again']);
  });

  it('keeps a single-quoted phrase nested in a double quote inside it', () => {
    expect(spans('“They told us ‘go home’ twice,” she said.')).toEqual([
      'They told us ‘go home’ twice,',
    ]);
  });

  it('carries a quote with no closing mark into the next paragraph', () => {
    expect(spans('He said: “The first point is clear.\n\n“The second one too,” he said.')).toEqual([
      'The first point is clear.',
      'The second one too,',
    ]);
  });
});

describe('attributeQuotes, quotation styles', () => {
  it('attributes quotes in doubled apostrophes, split by the attribution', () => {
    expect(
      quotes("''We never gave up,'' Governor Tomas Reyna said. ''We will not give up now.''"),
    ).toEqual([
      ['person:tomas-reyna', 'We never gave up,'],
      ['person:tomas-reyna', 'We will not give up now.'],
    ]);
  });

  it('splits sentences after a closing doubled apostrophe', () => {
    const { sentences } = analyze("''It is over.'' Mara Quist left.", { headline: false });
    expect(sentences).toHaveLength(2);
  });

  it('takes a short single-quoted word as a scare quote, not speech', () => {
    expect(quotes('Senator Ilse Varga said the plan was ‘reckless’ on Monday.')).toEqual([]);
  });

  it('attributes a long single-quoted quote', () => {
    expect(quotes('Ilse Varga said: ‘We will vote against this plan on Monday.’')).toEqual([
      ['person:ilse-varga', 'We will vote against this plan on Monday.'],
    ]);
  });
});

describe('quoted titles', () => {
  it('does not take the title of a show or book as a quotation', () => {
    expect(
      quotes('Senator Ilse Varga said on NBC’s “Face the Nation” that she would run again.'),
    ).toEqual([]);
    expect(quotes('Ilse Varga told readers of her memoir, “Hard Roads Home.”')).toEqual([]);
  });

  it('does not take a book title with a subtitle after a colon as a quotation', () => {
    expect(
      quotes(
        'Ilse Varga said she had read “Hard Roads: Ilse Varga and the Making of a Party” twice.',
      ),
    ).toEqual([]);
  });

  it('does not take a single-quoted paragraph of its own, a subheading, as a quotation', () => {
    expect(
      quotes(
        [
          '“We will win this,” Ilse Varga said.',
          '‘A fight to the very end.’',
          'The vote is on Monday.',
        ].join('\n\n'),
      ),
    ).toEqual([['person:ilse-varga', 'We will win this,']]);
  });

  it('still takes a capitalised exclamation or a sentence as a quotation', () => {
    expect(quotes('Ilse Varga said: “Vote Them Out!”')).toEqual([
      ['person:ilse-varga', 'Vote Them Out!'],
    ]);
    expect(quotes('Ilse Varga said: “We will vote against it.”')).toEqual([
      ['person:ilse-varga', 'We will vote against it.'],
    ]);
  });
});
