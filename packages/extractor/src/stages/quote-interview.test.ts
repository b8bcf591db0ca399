import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const quotes = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).quotes.map((q) => [q.speakerId, q.text]);

describe('interviewAnswers', () => {
  it('gives each answer of a Q and A transcript to the one person its introduction names', () => {
    const text = [
      'The chief executive of Halden Motors, Erik Solberg, has spent thirty years making cars. We asked him about the future.',
      'Q: Will petrol cars still be sold in 2035?',
      'A: In some countries, yes. But not in Europe, and not by us.',
      'Q. What worries you most?',
      'A. Batteries. Whoever controls the batteries controls the industry.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      ['person:erik-solberg', 'In some countries, yes. But not in Europe, and not by us.'],
      ['person:erik-solberg', 'Batteries. Whoever controls the batteries controls the industry.'],
    ]);
  });

  it('gives the answers to no one when the introduction names two people', () => {
    const text = [
      'Erik Solberg and Maren Dahl run Halden Motors together.',
      'Q: Will petrol cars still be sold in 2035?',
      'A: In some countries, yes. But not in Europe, and not by us.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([]);
  });

  it('takes no paragraph for an answer unless a question came before it', () => {
    const text = [
      'Erik Solberg runs Halden Motors.',
      'A: In some countries, yes. But not in Europe, and not by us.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([]);
  });
});
