import { describe, expect, it } from 'vitest';
import { ORGS, STATES, type EntitySpec } from './test-analysis.js';
import { stanceTriples } from './test-stance.js';

const { brazil, chile, peru, france, germany, uk } = STATES;
const { nato } = ORGS;
const andean: EntitySpec = {
  id: 'org:andean-pact',
  type: 'Organization',
  names: ['Andean Pact'],
  attributes: { kind: 'bloc' },
};
const rivera: EntitySpec = { id: 'person:rivera', type: 'Person', names: ['Ana Rivera'] };

const ALL = [brazil, chile, peru, france, germany, uk, nato, andean, rivera];

/** The relations found, a symmetric ALLIED_WITH with its ends in alphabetical order. */
function ties(text: string): string[] {
  return stanceTriples(text, ALL, ['ALLIED_WITH', 'MEMBER_OF', 'SUPPORTS', 'OPPOSES'])
    .map((triple) => {
      const [type, a = '', b = ''] = triple.split(' ');
      return type === 'ALLIED_WITH' && b < a ? `${type} ${b} ${a}` : triple;
    })
    .sort();
}

const CHILE_PERU = ['ALLIED_WITH state:CHL state:PER'];

describe('an object held for an ally', () => {
  it("makes the subject of a verb of calling or regarding the object's ally", () => {
    expect(ties('Peru considers Chile a key ally.')).toEqual(CHILE_PERU);
    expect(ties('Peru sees Chile as its closest ally.')).toEqual(CHILE_PERU);
    expect(ties('Peru has long regarded Chile as one of its most trusted allies.')).toEqual(
      CHILE_PERU,
    );
    expect(ties('Peru described Chile as a vital ally in the region.')).toEqual(CHILE_PERU);
    expect(ties('Peru views Chile as a strategic partner.')).toEqual(CHILE_PERU);
  });

  it('pairs the subject with each listed object, not the objects with each other', () => {
    expect(ties('Peru regards Chile and Brazil as allies.')).toEqual([
      'ALLIED_WITH state:BRA state:PER',
      'ALLIED_WITH state:CHL state:PER',
    ]);
  });

  it('gives nothing denied, asked, past or owned by another', () => {
    expect(ties('Peru no longer considers Chile an ally.')).toEqual([]);
    expect(ties('Peru does not see Chile as an ally.')).toEqual([]);
    expect(ties('Does Peru see Chile as an ally?')).toEqual([]);
    expect(ties('Peru could soon regard Chile as an ally.')).toEqual([]);
    expect(ties('Peru called Chile a former ally.')).toEqual([]);
    expect(ties('Peru sees Chile as an ally of Brazil.')).toEqual([]);
    expect(ties('Peru called NATO allies reluctant.')).toEqual([]);
  });
});

describe('an ally "to" another', () => {
  it('reads the name right after "ally to"', () => {
    expect(ties('Chile remained a close ally to Peru.')).toEqual(CHILE_PERU);
    expect(ties('Chile has been a trusted ally to Peru for decades.')).toEqual(CHILE_PERU);
    expect(ties('Chile, an ally to Peru, sent ships.')).toEqual(CHILE_PERU);
  });

  it('reads no infinitive after "ally to" as its partner', () => {
    expect(ties('Chile became the latest ally to back Peru.')).toEqual([]);
    expect(ties('Chile was the first ally to visit Peru.')).toEqual([]);
  });
});

describe('strategic partners and security pacts', () => {
  it('makes declared strategic partners allies, never members', () => {
    expect(ties('Chile is a strategic partner of Peru.')).toEqual(CHILE_PERU);
    expect(ties('Chile and Peru are strategic partners.')).toEqual(CHILE_PERU);
    expect(ties("Peru's strategic partner Chile sent ships.")).toEqual(CHILE_PERU);
    expect(ties("The Andean Pact's strategic partner Chile sent ships.")).toEqual([
      'ALLIED_WITH org:andean-pact state:CHL',
    ]);
    expect(ties('Chile and Peru signed a strategic partnership in May.')).toEqual(CHILE_PERU);
  });

  it('makes security, defence and treaty partners allies, but not trading partners', () => {
    expect(ties('Chile and Peru are security partners.')).toEqual(CHILE_PERU);
    expect(ties("Peru's key defence partner Chile sent ships.")).toEqual(CHILE_PERU);
    expect(ties('Chile is a treaty partner of Peru.')).toEqual(CHILE_PERU);
    expect(ties('Chile and Peru are trading partners.')).toEqual([]);
    expect(ties("Chile is Peru's biggest trading partner.")).toEqual([]);
    expect(ties('Chile and Peru are former security partners.')).toEqual([]);
  });

  it('pairs the parties named with a security pact or treaty', () => {
    expect(ties('Talks covered a security pact between Chile and Peru.')).toEqual(CHILE_PERU);
    expect(ties('The Chile-Peru security treaty dates from 1951.')).toEqual(CHILE_PERU);
    expect(ties('The mutual defence treaty between Chile and Peru holds.')).toEqual(CHILE_PERU);
    expect(ties('Chile and Peru signed a security treaty in 1951.')).toEqual(CHILE_PERU);
  });

  it('does not read a trade partner, a peace treaty or a plain partnership as an alliance', () => {
    expect(ties('Chile is a major trading partner of Peru.')).toEqual([]);
    expect(ties('Chile and Peru signed a peace treaty in 1929.')).toEqual([]);
    expect(ties('The Chile-Peru partnership on fishing holds.')).toEqual([]);
  });
});

describe('alliances undone, proposed or past', () => {
  it('gives no alliance that a verb before it ends, rejects or only weighs', () => {
    expect(ties('Chile broke its alliance with Peru.')).toEqual([]);
    expect(ties('Chile severed its military alliance with Peru in 1879.')).toEqual([]);
    expect(ties('Chile rejected an alliance with Peru.')).toEqual([]);
    expect(ties('Chile is considering a defence pact with Peru.')).toEqual([]);
    expect(ties('Chile proposed a security pact between Brazil and Peru.')).toEqual([]);
  });

  it('keeps an alliance that a verb before it makes or strengthens', () => {
    expect(ties('Chile strengthened its alliance with Peru.')).toEqual(CHILE_PERU);
    expect(ties('Chile has an alliance with Peru.')).toEqual(CHILE_PERU);
  });

  it('reads "were once allies" as over, but not "once again"', () => {
    expect(ties('Chile and Peru were once allies.')).toEqual([]);
    expect(ties('Chile and Peru, once bitter enemies, signed a treaty.')).toEqual([]);
    expect(ties('Chile and Peru are once again allies.')).toEqual(CHILE_PERU);
  });

  it('keeps the alliance of an ally accused of something', () => {
    expect(ties('Chile accused its ally Peru of spying.')).toContain(CHILE_PERU[0]);
    expect(ties('Chile criticised its ally, Peru, on Monday.')).toContain(CHILE_PERU[0]);
  });

  it('gives no state alliance for the allies of a person or the Allies of a war', () => {
    expect(ties('The allies of Ana Rivera criticised Peru.')).toEqual([]);
    expect(ties('Allied forces landed in France in 1944.')).toEqual([]);
  });
});

describe('an ally named in one of two conjuncts', () => {
  it("reads the subject's second predicate and an apposition closed by another conjunct", () => {
    expect(ties('Chile is a big exporter and a Brazilian ally.')).toEqual([
      'ALLIED_WITH state:BRA state:CHL',
    ]);
    expect(ties('Chile, a Brazilian ally and a regional power, objected.')).toEqual([
      'ALLIED_WITH state:BRA state:CHL',
    ]);
    expect(ties('Chile is a Brazilian ally and a regional power.')).toEqual([
      'ALLIED_WITH state:BRA state:CHL',
    ]);
  });

  it('gives the subject, not the complement of "of", the ally of a listed predicate', () => {
    const chile = ['ALLIED_WITH state:BRA state:CHL', 'MEMBER_OF state:CHL org:andean-pact'];
    expect(ties('Chile is a member of the Andean Pact and a Brazilian ally.')).toEqual(chile);
    expect(ties('Chile is a member of the Andean Pact, a Brazilian ally.')).toEqual(chile);
    expect(
      ties('Chile is a member of the Andean Pact, a Brazilian ally and a regional power.'),
    ).toEqual(chile);
  });

  it('gives nothing past, denied or inside a clause of the first conjunct', () => {
    expect(ties('Chile was a big exporter and a Brazilian ally.')).toEqual([]);
    expect(ties('Chile is not a big exporter and a Brazilian ally.')).toEqual([]);
    expect(ties('Chile is a big exporter and a former Brazilian ally.')).toEqual([]);
    expect(ties('Chile is a state that borders Peru and a Brazilian ally.')).toEqual([]);
    expect(ties('Chile, a former Brazilian ally and a regional power, objected.')).toEqual([]);
  });
});

describe("a state's ally past a coordination or a place phrase", () => {
  it('reads the owner before two coordinated words', () => {
    expect(ties("Chile is Peru's trusted partner and ally.")).toEqual(CHILE_PERU);
    expect(ties("Peru's friend and ally Chile sent ships.")).toEqual(CHILE_PERU);
    expect(ties("Chile is Peru's strongest and closest ally.")).toEqual(CHILE_PERU);
  });

  it('reads a hyphenated modifier as one word', () => {
    expect(ties("Chile, Peru's long-time ally, sent ships.")).toEqual(CHILE_PERU);
    expect(ties("Peru's oil-rich ally Chile sent ships.")).toEqual(CHILE_PERU);
    expect(ties('Peru and its long-time ally, Chile, sent ships.')).toEqual(CHILE_PERU);
    expect(ties("Chile, Peru's former long-time ally, sent ships.")).toEqual([]);
  });

  it('reads the name after a short place phrase and a comma', () => {
    expect(ties("Peru's closest ally in the region, Chile, sent ships.")).toEqual(CHILE_PERU);
    expect(ties("Peru's allies in South America, Chile and Brazil, sent ships.")).toEqual([
      'ALLIED_WITH state:BRA state:PER',
      'ALLIED_WITH state:CHL state:PER',
    ]);
    expect(ties("Peru's former ally in the region, Chile, sent ships.")).toEqual([]);
  });
});
