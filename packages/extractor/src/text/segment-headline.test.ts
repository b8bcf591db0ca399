import { describe, expect, it } from 'vitest';
import { segment } from './segment.js';

describe('segment: the headline', () => {
  it('keeps a short first line as one headline sentence', () => {
    const text =
      'Ministers Clash Over Fishing Quotas. New Talks Set\n\nThe talks failed. Both sides left.';
    const { paragraphs, sentences } = segment(text);
    expect(paragraphs[0]?.kind).toBe('headline');
    expect(sentences).toHaveLength(3);
  });

  it('reads a long text with no line breaks as a story, sentence by sentence', () => {
    const story = 'The council met on Monday. It agreed to meet again. Nobody objected. ';
    const text = story.repeat(20).trim();
    const { paragraphs, sentences } = segment(text);
    expect(paragraphs).toHaveLength(1);
    expect(paragraphs[0]?.kind).toBe('body');
    expect(sentences).toHaveLength(60);
  });
});
