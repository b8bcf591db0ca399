import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const quotes = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).quotes.map((q) => [q.speakerId, q.text]);

describe('bodyOfKind: "the newspaper" as a speaker', () => {
  it('gives the words to the one paper named lately, past another body that opens a sentence', () => {
    expect(
      quotes(
        'Le Monde reported on Sunday that the port deal had collapsed.\n\n' +
          'The Harbour Workers Union called a strike at the docks. ' +
          '"Nobody at the ministry has read the contract," the newspaper said.',
      ),
    ).toEqual([['org:le-monde', 'Nobody at the ministry has read the contract,']]);
  });

  it('reads "the magazine" as the listed magazine named in the paragraph before', () => {
    expect(
      quotes(
        'Officials would not comment on a report in Der Spiegel about the missing files.\n\n' +
          'The files were kept in a locked room, "away from anyone who might ask questions," the magazine said.',
      ),
    ).toEqual([['org:der-spiegel', 'away from anyone who might ask questions,']]);
  });

  it('names no one when two papers were named lately', () => {
    expect(
      quotes(
        'Le Monde and The Guardian both covered the port deal on Sunday.\n\n' +
          '"Nobody at the ministry has read the contract," the newspaper said.',
      ),
    ).toEqual([]);
  });

  it('names no one when the paper was last named many paragraphs back', () => {
    expect(
      quotes(
        'Le Monde reported on Sunday that the port deal had collapsed.\n\n' +
          'The weather turned cold on Tuesday.\n\nRoads were closed in several towns.\n\n' +
          'Schools reopened later in the week.\n\nPower was restored by the weekend.\n\n' +
          '"Nobody at the ministry has read the contract," the newspaper said.',
      ),
    ).toEqual([]);
  });

  it('reads "the Washington Post editorial board" as the paper it names', () => {
    expect(
      quotes(
        'The mayor lost another ally on Sunday. ' +
          '"She has not earned a second term," the Washington Post editorial board wrote.',
      ),
    ).toEqual([['org:washington-post', 'She has not earned a second term,']]);
  });

  it('follows "the editorial board" to the paper quoted a few paragraphs before', () => {
    expect(
      quotes(
        'Le Monde published a long editorial on the port deal on Sunday.\n\n' +
          'The deal is "a gift to the shipping lines," the editorial board writes.\n\n' +
          'The minister defended the contract on Monday.\n\n' +
          'Shops closed early along the route of the march.\n\n' +
          '"Who will pay for the new cranes?" the editorial board asks. "Not the shipping lines," they conclude.',
      ),
    ).toEqual([
      ['org:le-monde', 'a gift to the shipping lines,'],
      ['org:le-monde', 'Who will pay for the new cranes?'],
      ['org:le-monde', 'Not the shipping lines,'],
    ]);
  });

  it('gives "The Washington Post\'s editorial board wrote" to the paper', () => {
    expect(
      quotes('"She has not earned a second term," The Washington Post\'s editorial board wrote.'),
    ).toEqual([['org:washington-post', 'She has not earned a second term,']]);
  });

  it('gives a person\'s "editorial board" nothing of its own', () => {
    expect(
      quotes('Tomas Berg\'s editorial board wrote that "she has not earned a second term."'),
    ).toEqual([]);
  });
});
