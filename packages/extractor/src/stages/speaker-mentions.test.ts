import { describe, expect, it } from 'vitest';
import { analyze, extract } from '../pipeline.js';

/** The mentions the analysis gives at the words `word`, as [entity id, kind]. */
function mentionsAt(text: string, word: string): Array<[string, string]> {
  const at = text.lastIndexOf(word);
  return analyze(text, { headline: false })
    .mentions.filter((m) => m.start < at + word.length && at < m.end)
    .map((m) => [m.entityId, m.kind]);
}

describe('withSpeakerMentions', () => {
  it('makes the head of a description that names a speaker a mention of that person', () => {
    const text =
      'Halvard Rusk met farmers in the valley on Monday.\n\n' +
      '"We will rebuild every bridge," the veteran lawmaker said.';
    expect(mentionsAt(text, 'lawmaker')).toEqual([['person:halvard-rusk', 'reference']]);
    const spoken = analyze(text, { headline: false }).mentions.find((m) => m.text === 'lawmaker');
    expect(spoken?.type).toBe('Person');
    expect(spoken?.sentence).toBe(1);
  });

  it("lists the description among the person's mentions in the graph document", () => {
    const text =
      'Halvard Rusk met farmers in the valley on Monday.\n\n' +
      '"We will rebuild every bridge," the veteran lawmaker said.';
    const rusk = extract(text, { headline: false }).entities.find((e) => e.name === 'Halvard Rusk');
    expect(rusk?.mentions.map((m) => m.text)).toEqual(['Halvard Rusk', 'lawmaker']);
  });

  it('keeps the mentions in text order', () => {
    const text =
      'Halvard Rusk met farmers in the valley on Monday.\n\n' +
      '"We will rebuild every bridge," the veteran lawmaker said after meeting Ines Vara.';
    const starts = analyze(text, { headline: false }).mentions.map((m) => m.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('adds no mention for a description that names no one', () => {
    const text =
      'The valley flooded again on Friday.\n\n' +
      '"We will rebuild every bridge," the veteran lawmaker said.';
    expect(mentionsAt(text, 'lawmaker')).toEqual([]);
  });

  it('adds no mention of the author for the document that speaks ("the statement said")', () => {
    const text =
      'Halvard Rusk issued a statement on Monday.\n\n' +
      '"We will rebuild every bridge," the statement said.';
    const { quotes } = analyze(text, { headline: false });
    expect(quotes.map((q) => q.speakerId)).toEqual(['person:halvard-rusk']);
    expect(mentionsAt(text, 'statement')).toEqual([]);
  });

  it('adds no mention when a name stands there already', () => {
    const text =
      'Halvard Rusk met farmers in the valley on Monday.\n\n' +
      '"We will rebuild every bridge," said Halvard Rusk.';
    expect(mentionsAt(text, 'Rusk')).toEqual([['person:halvard-rusk', 'name']]);
  });

  it('adds no mention for an age that modifies the name after it', () => {
    const text =
      'Halvard Rusk met farmers in the valley on Monday.\n\n' +
      '"We will rebuild every bridge," said the 47-year-old Rusk.';
    expect(analyze(text, { headline: false }).quotes.map((q) => q.speakerId)).toEqual([
      'person:halvard-rusk',
    ]);
    expect(mentionsAt(text, '47-year-old')).toEqual([]);
  });
});

describe('a description with a name in apposition after an inverted speech verb', () => {
  it('gives the quote to the name, not to the person named before', () => {
    const text =
      'Halvard Rusk wrote about the old harbour before he died.\n\n' +
      '"He loved the sea," said the director of the harbour museum, Ines Vara.';
    const { quotes } = analyze(text, { headline: false });
    expect(quotes.map((q) => q.speakerId)).toEqual(['person:ines-vara']);
  });
});
