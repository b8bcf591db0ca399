import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const found = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).entities.map((e) => [e.type, e.name]);

describe('organization lexicon: companies, media and clubs', () => {
  it('takes a club named after its city as the club, not the city', () => {
    expect(found('Bayern Munich drew 2-2 with Borussia Dortmund on Saturday.')).toEqual([
      ['Organization', 'Bayern Munich'],
      ['Organization', 'Borussia Dortmund'],
    ]);
  });

  it('names companies without a legal suffix', () => {
    expect(found('Shares in Lufthansa fell while ThyssenKrupp rose.')).toEqual([
      ['Organization', 'Lufthansa'],
      ['Organization', 'ThyssenKrupp'],
    ]);
  });

  it('joins a broadcaster and its short name', () => {
    const a = analyze('The report was aired by Deutsche Welle. A DW reporter visited the camp.', {
      headline: false,
    });
    expect(a.entities.map((e) => e.name)).toEqual(['Deutsche Welle']);
    expect(a.mentions).toHaveLength(2);
  });

  it("takes a broadcaster's services for the broadcaster", () => {
    const a = analyze('He told BBC Radio on Monday that the BBC World Service was wrong.', {
      headline: false,
    });
    expect(a.entities.map((e) => e.id)).toEqual(['org:bbc']);
  });

  it('takes an unknown name hyphenated onto a listed company as a company of its own', () => {
    const ids = (text: string): string[] =>
      analyze(text, { headline: false }).entities.map((e) => e.id);
    expect(ids('Shares in Varga-Siemens rose after the merger.')).toEqual(['org:varga-siemens']);
    expect(ids('The Microsoft-Google rivalry deepened.')).toEqual(['org:microsoft', 'org:google']);
  });
});
