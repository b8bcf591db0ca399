import { describe, expect, it } from 'vitest';
import { lexicon } from '../lexicon/lexicon.js';
import { extract } from '../pipeline.js';
import { truecase, writtenInCapitals } from './truecase.js';

const WIRE = [
  'BRUSSELS (REUTERS) - FOREIGN MINISTER ANA RUIZ OF SPAIN ACCUSED RUSSIA ON TUESDAY OF BREAKING THE',
  'CEASEFIRE, AND SAID NATO AND THE EUROPEAN UNION WOULD MEET ON FRIDAY.',
  '',
  '"WE WILL NOT STAND BY," RUIZ TOLD REPORTERS AFTER TALKS WITH OFFICIALS OF THE IMF.',
].join('\n');

describe('writtenInCapitals', () => {
  it('tells a text in capitals from one with capitalised headings', () => {
    expect(writtenInCapitals(WIRE)).toBe(true);
    expect(
      writtenInCapitals('NATO ALLIES MEET\n\nThe allies met in Brussels on Tuesday to talk.'),
    ).toBe(false);
    expect(writtenInCapitals('NATO MEETS')).toBe(false); // a headline alone is too short to tell
  });
});

describe('truecase', () => {
  const cased = truecase(WIRE, lexicon());

  it('keeps every offset: only the case of letters changes', () => {
    expect(cased).toHaveLength(WIRE.length);
    expect(cased.toUpperCase()).toBe(WIRE);
  });

  it('writes listed names as listed, common words in lower case and other words capitalised', () => {
    expect(cased).toContain(
      'Brussels (Reuters) - Foreign Minister Ana Ruiz of Spain accused Russia',
    );
    expect(cased).toContain('said NATO and the European Union would meet on Friday.');
    expect(cased).toContain('"We will not stand by," Ruiz told reporters');
    expect(cased).toContain('officials of the IMF');
  });
});

describe('extract on a text in capitals', () => {
  const doc = extract(WIRE, { id: 'caps', headline: false });

  it('finds the people, states, bodies, quotes and stances it would find in mixed case', () => {
    const names = doc.entities.map((e) => `${e.type} ${e.name}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'Person Ana Ruiz',
        'State Spain',
        'State Russia',
        'Organization NATO',
      ]),
    );
    const facts = doc.relations.map((r) => `${r.type} ${r.source} ${r.target}`);
    expect(facts).toContain('OPPOSES person:ana-ruiz state:RUS');
    expect(facts).toContain('QUOTES caps person:ana-ruiz');
  });

  it('quotes the article as written in its evidence and quotes', () => {
    for (const r of doc.relations)
      for (const e of r.evidence) expect(e.text).toBe(WIRE.slice(e.start, e.end));
    const quote = doc.relations.find((r) => r.type === 'QUOTES');
    expect(quote?.properties['text']).toBe('WE WILL NOT STAND BY,');
  });
});
