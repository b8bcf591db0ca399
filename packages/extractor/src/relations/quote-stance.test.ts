import { describe, expect, it } from 'vitest';
import { extractRelations } from './index.js';
import { STATES, analysisOf, type EntitySpec } from './test-analysis.js';

const { france, russia } = STATES;
const okafor: EntitySpec = { id: 'person:lena-okafor', type: 'Person', names: ['Lena Okafor'] };

/** Relations of a sentence whose quoted words (`quoted`) are attributed to Lena Okafor. */
function quoted(text: string, words: string): string[] {
  return extractRelations(
    analysisOf(text, [france, russia, okafor], [], [{ text: words, speakerId: okafor.id }]),
    {},
  )
    .map((r) => `${r.type} ${r.source} ${r.target}`)
    .sort();
}

describe('quoteStance', () => {
  it("takes a judgement on an actor's action in a quote as the speaker's", () => {
    expect(
      quoted(
        '"Moscow\'s blockade is a grave error," Lena Okafor said.',
        "Moscow's blockade is a grave error,",
      ),
    ).toEqual(['OPPOSES person:lena-okafor state:RUS']);
    expect(
      quoted(
        'Lena Okafor said: "The Russian shelling was barbaric."',
        'The Russian shelling was barbaric.',
      ),
    ).toEqual(['OPPOSES person:lena-okafor state:RUS']);
  });

  it('takes a favourable judgement on an actor as support', () => {
    expect(
      quoted(
        '"France has been a reliable partner," Lena Okafor told the summit.',
        'France has been a reliable partner,',
      ),
    ).toEqual(['SUPPORTS person:lena-okafor state:FRA']);
  });

  it('gives nothing for a negated, modal, conditional or questioned judgement', () => {
    const cases: [string, string][] = [
      [
        '"Moscow\'s blockade is not a grave error," Lena Okafor said.',
        "Moscow's blockade is not a grave error,",
      ],
      [
        '"France might be a reliable partner," Lena Okafor said.',
        'France might be a reliable partner,',
      ],
      [
        '"If Moscow\'s blockade is illegal, we act," Lena Okafor said.',
        "If Moscow's blockade is illegal, we act,",
      ],
      [
        '"Was the Russian shelling barbaric?" Lena Okafor asked.',
        'Was the Russian shelling barbaric?',
      ],
    ];
    for (const [text, words] of cases) expect(quoted(text, words)).toEqual([]);
  });

  it('does not make the speaker the judge of what the quote reports others saying', () => {
    expect(
      quoted(
        '"Critics say Moscow\'s blockade is illegal," Lena Okafor said.',
        "Critics say Moscow's blockade is illegal,",
      ),
    ).toEqual([]);
  });

  it('needs an actor opening the judged clause, not a pronoun', () => {
    expect(quoted('"It was barbaric," Lena Okafor said of Russia.', 'It was barbaric,')).toEqual(
      [],
    );
  });

  it('gives nothing when the words are not attributed to anyone', () => {
    const text = 'Moscow\'s blockade is "a grave error", a leaflet said.';
    const rels = extractRelations(analysisOf(text, [russia, okafor]), {});
    expect(rels).toEqual([]);
  });

  it("reads the speaker's own stance noun opening the quote: 'Our support for Y ...'", () => {
    expect(
      quoted(
        '"Our firm opposition to Moscow is total," Lena Okafor said.',
        'Our firm opposition to Moscow is total,',
      ),
    ).toEqual(['OPPOSES person:lena-okafor state:RUS']);
    expect(
      quoted(
        '"Our support for France is unwavering," Lena Okafor said.',
        'Our support for France is unwavering,',
      ),
    ).toEqual(['SUPPORTS person:lena-okafor state:FRA']);
  });

  it("gives nothing for 'our lack of support', a question or a condition", () => {
    const cases: [string, string][] = [
      [
        '"Our lack of support for France is clear," Lena Okafor said.',
        'Our lack of support for France is clear,',
      ],
      [
        '"Is our support for France enough?" Lena Okafor asked.',
        'Is our support for France enough?',
      ],
      [
        '"If our support for France ends, we lose," Lena Okafor said.',
        'If our support for France ends, we lose,',
      ],
    ];
    for (const [text, words] of cases) expect(quoted(text, words)).toEqual([]);
  });

  it("reads thanks offered as a wish as thanks: 'We want to thank Y'", () => {
    expect(
      quoted('"We want to thank France," Lena Okafor said.', 'We want to thank France,'),
    ).toEqual(['SUPPORTS person:lena-okafor state:FRA']);
    expect(
      quoted(
        '"I do not want to thank France," Lena Okafor said.',
        'I do not want to thank France,',
      ),
    ).toEqual([]);
  });

  it("reads the clause after 'but' on its own", () => {
    const words = "We respect the talks, but Moscow's blockade is illegal.";
    expect(quoted(`Lena Okafor said: "${words}"`, words)).toEqual([
      'OPPOSES person:lena-okafor state:RUS',
    ]);
    const denied = "We respect the talks, but Moscow's blockade is not illegal.";
    expect(quoted(`Lena Okafor said: "${denied}"`, denied)).toEqual([]);
  });
});

describe('quoteStance: an actor holding the view it states', () => {
  it('gives nothing when the actor opening the quote believes or says the judgement', () => {
    expect(
      quoted(
        '"Russia believes it is a serious threat to its security," Lena Okafor said.',
        'Russia believes it is a serious threat to its security,',
      ),
    ).toEqual([]);
  });

  it('keeps the judgement when the actor opening the quote is the one judged', () => {
    expect(
      quoted(
        '"Russia is a serious threat to France," Lena Okafor said.',
        'Russia is a serious threat to France,',
      ),
    ).toEqual(['OPPOSES person:lena-okafor state:RUS']);
  });
});
