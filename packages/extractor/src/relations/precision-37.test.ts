import { describe, expect, it } from 'vitest';
import { analyze } from '../index.js';
import { extractRelations } from './index.js';

// Relation precision on unseen news (stop 37), on sentences written for these tests: a giving
// verb whose object is a chance or a piece of news states no support; regard for a thing someone
// owns ("respected Y's rules") is no backing of its owner; the one warned "about" something is
// only the one told; a charge read out by someone else's act is not the reader's; a rivalry is
// competition, not opposition; an actor after "on" past a verb's own object is where the act
// was done.

/** Stances read from the full analysis, where possessives are marked. */
function stances(text: string): string[] {
  return extractRelations(analyze(text, { headline: false }), {})
    .filter((r) => r.type === 'OPPOSES' || r.type === 'SUPPORTS')
    .map((r) => `${r.type} ${r.source} ${r.target}`)
    .sort();
}

describe('extractRelations: a chance or a piece of news given is no support', () => {
  it('gives nothing for an opportunity, explanation or information handed over', () => {
    expect(
      stances('"Mercosur provides an opportunity for Chile to grow," Tomas Reyes said.'),
    ).toEqual([]);
    expect(stances('Peru provided a rare opportunity for Chile.')).toEqual([]);
    expect(stances('Peru has provided an explanation to Chile.')).toEqual([]);
    expect(stances('Peru gave detailed information to Chile on Monday.')).toEqual([]);
  });

  it('keeps help handed over', () => {
    expect(stances('Peru provided weapons to Chile.')).toEqual(['SUPPORTS state:PER state:CHL']);
    expect(stances('Peru provided Chile with weapons.')).toEqual(['SUPPORTS state:PER state:CHL']);
    expect(stances('Peru provided a loan to Chile.')).toEqual(['SUPPORTS state:PER state:CHL']);
  });
});

describe('extractRelations: regard for what another owns', () => {
  it('gives no support to the owner of the rules or the call respected', () => {
    expect(stances("Peru said it had always respected Chile's trade rules.")).toEqual([]);
    expect(
      stances(
        '"We respect the EU envoy\'s call for a truce, but there was none," Tomas Reyes said.',
      ),
    ).toEqual([]);
  });

  it('keeps respect for the actor itself', () => {
    expect(stances('Peru deeply respects Chile.')).toEqual(['SUPPORTS state:PER state:CHL']);
  });
});

describe('extractRelations: the one warned about something', () => {
  it('reads the one warned "about" a danger as only told', () => {
    expect(
      stances(
        "Mara Quist warned the foreign affairs committee of Chile's parliament about the danger of the movement.",
      ),
    ).toEqual([]);
    expect(stances('Peru warned Chile about the danger of the movement.')).toEqual([]);
    expect(stances('Peru tried to warn Chile about a coming attack.')).toEqual([]);
  });

  it('moves the stance to the actor the warning is about', () => {
    expect(stances("Peru warned Chile about Bolivia's plans.")).toEqual([
      'OPPOSES state:PER state:BOL',
    ]);
  });

  it('keeps the one warned about its own acts, or warned against one', () => {
    expect(stances('Peru warned Chile about its missile tests.')).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
    expect(stances('Peru warned Chile against escalating the dispute.')).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
  });
});

describe('extractRelations: charges read out', () => {
  it('gives nothing for one who reads out the charges against Y', () => {
    expect(
      stances('Judge Mara Quist then read out the charges against the airline Lufthansa.'),
    ).toEqual([]);
  });

  it('keeps one who files or steps up an act against Y', () => {
    expect(stances('Mara Quist filed charges against Lufthansa.')).toEqual([
      'OPPOSES person:mara-quist org:lufthansa',
    ]);
    expect(stances('Peru stepped up the attacks on Chile.')).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
  });
});

describe('extractRelations: a rivalry', () => {
  it('reads no opposition into a rivalry between two parties', () => {
    expect(
      stances('The political rivalry between Mara Quist and Tomas Reyes could sink the deal.'),
    ).toEqual([]);
    expect(stances("Peru's rivalry with Chile deepened.")).toEqual([]);
  });

  it('keeps a row or a war between them', () => {
    expect(stances("Peru's row with Chile deepened.")).toEqual(['OPPOSES state:PER state:CHL']);
    expect(stances('The war between Peru and Chile ended.')).toEqual([
      'OPPOSES state:CHL state:PER',
      'OPPOSES state:PER state:CHL',
    ]);
  });
});

describe('extractRelations: the venue of an act', () => {
  it('reads an actor after "on" past the verb\'s own object as the venue', () => {
    expect(
      stances('Mara Quist denounced the torture of her husband on Twitter this week.'),
    ).toEqual([]);
    expect(stances('Mara Quist took a shot at her former rival on Twitter.')).toEqual([]);
  });

  it('keeps a target that the cue or a verb of blame takes after "on"', () => {
    expect(stances('Peru imposed sanctions on Chile.')).toEqual(['OPPOSES state:PER state:CHL']);
    expect(stances('Peru blamed the attack on Chile.')).toEqual(['OPPOSES state:PER state:CHL']);
    expect(stances('Peru declared war on Chile.')).toEqual(['OPPOSES state:PER state:CHL']);
  });
});
