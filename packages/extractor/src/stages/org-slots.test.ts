import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

function typed(text: string, type: string): string[] {
  return body(text)
    .entities.filter((e) => e.type === type)
    .map((e) => e.name);
}

const orgs = (text: string): string[] => typed(text, 'Organization');

describe('hintOrgSlots', () => {
  it('takes a name whose shares, board or chief executive the text names for an organization', () => {
    expect(orgs('Investors sold Kelvaro shares after the warning.')).toEqual(['Kelvaro']);
    expect(orgs('The board met. Talvenor’s chief executive resigned on Tuesday.')).toEqual([
      'Talvenor',
    ]);
    expect(orgs("He praised Brovik's board for the deal.")).toEqual(['Brovik']);
    expect(orgs("Norvale's major shareholder is a bank.")).toEqual(['Norvale']);
  });

  it('takes the name before "owner" and a person for the owned company, not a person', () => {
    const text = 'The plan was praised by Velmora owner Dana Kettle.';
    expect(orgs(text)).toEqual(['Velmora']);
    expect(typed(text, 'Person')).toEqual(['Dana Kettle']);
  });

  it('takes the object of "the chairman of" or "the board of" for an organization', () => {
    expect(orgs('He is the deputy chairman of Kelvaro.')).toEqual(['Kelvaro']);
    expect(orgs('The board of Talvenor approved the deal on Monday.')).toEqual(['Talvenor']);
    expect(orgs('The founder of Brovism was a prophet.')).toEqual([]);
  });

  it('reads "shares" before a determiner as a verb, and what people own as no company', () => {
    expect(orgs('Rindal shares the view of his old friends.')).toEqual([]);
    expect(orgs('Gross profit fell in the first half.')).toEqual([]);
    expect(
      orgs('Shares of Alder & Brovik fell. Investors sold Alder & Brovik shares.'),
    ).not.toContain('Brovik');
    expect(typed("Marlowe's wife said her husband was ill.", 'Person')).toEqual(['Marlowe']);
  });

  it('takes a name that says "its" of itself, or one investors hold a stake in', () => {
    expect(orgs('Brovatex said its profits rose sharply in the third quarter.')).toEqual([
      'Brovatex',
    ]);
    expect(orgs('The fund bought a stake in Kelvaro last year.')).toEqual(['Kelvaro']);
  });

  it('takes a name in apposition with a noun for a body, after or before it', () => {
    expect(orgs('Norlinda, the Finnish airline, cancelled flights on Monday.')).toEqual([
      'Norlinda',
    ]);
    expect(orgs('Voters backed Dravona, a small far-right party, in the vote.')).toEqual([
      'Dravona',
    ]);
    expect(orgs('The strike hit the national carrier, Norlinda, on Monday.')).toEqual(['Norlinda']);
  });

  it('reads an article before the name and a possessive in the apposition', () => {
    expect(orgs('The party’s youth wing, the Jorvos, opposed the plan.')).toEqual(['Jorvos']);
    expect(orgs('Kelvaro, Ruritania’s biggest bank, lost money.')).toEqual(['Kelvaro']);
  });

  it('takes an acronym in brackets after a noun for a body for an organization', () => {
    expect(orgs('He spoke for a coalition of opposition parties (RUD) on Monday.')).toEqual([
      'RUD',
    ]);
    expect(orgs('The lab measured the gene (ABX) twice.')).toEqual([]);
  });

  it('takes each name listed after a plural noun for bodies and "including" or "such as"', () => {
    expect(orgs('Firms including Kelvaro, Brovik and Talvenor cut jobs.')).toEqual([
      'Kelvaro',
      'Brovik',
      'Talvenor',
    ]);
    expect(orgs('Rival parties, such as Dravona, lost seats.')).toEqual(['Dravona']);
    expect(orgs('Fans including Halvorsen cheered.')).toEqual([]);
  });

  it('takes no apposition whose head is a person, nor a speaker after a comma', () => {
    expect(orgs('He met Halvorsen, a party official, in the capital.')).toEqual([]);
    expect(orgs('He stayed in Brovik, the group’s home town, for a week.')).toEqual([]);
    expect(orgs('The plan will help the company, Halvorsen said.')).toEqual([]);
  });

  it('takes a name beside a noun for a body, but not one for a kind of people', () => {
    expect(orgs('Tickets went to fans of the punk band Skorvath.')).toEqual(['Skorvath']);
    expect(orgs('He told the news portal "Vestrik" on Monday.')).toEqual(['Vestrik']);
    expect(orgs('Data came from the "Statvik" statistics agency.')).toEqual(['Statvik']);
    expect(orgs("They joined the group 'Harvik-free Oslo' in May.")).not.toContain('Harvik');
    expect(orgs('Prices fell, according to the Statvik statistics agency.')).toEqual(['Statvik']);
    expect(orgs('Elders of the Oruba ethnic group met on Sunday.')).toEqual([]);
    expect(orgs('He toured the Harvik settlement bloc on Sunday.')).toEqual([]);
  });

  it('lets a body noun after the name outweigh a weak person reading of the tagger', () => {
    expect(
      orgs(
        "Prices fell last year, according to figures from Germany's Korvatis statistics agency.",
      ),
    ).toEqual(['Korvatis']);
  });

  it('lets a body noun before the name outweigh only a narrow person reading of its first word', () => {
    expect(orgs('Fans cheered when the punk band Brindle were on stage.')).toEqual(['Brindle']);
    expect(orgs('Fans cheered when the punk band Marlo were on stage.')).toEqual([]);
  });

  it('takes a name before a corporate title and a person for the person’s company', () => {
    expect(orgs('Talvenor Chairman Piet Osmund said the deal was done.')).toEqual(['Talvenor']);
  });

  it('gives the hint to the same name elsewhere in the text', () => {
    const a = body('Kelvaro had a bad year. Investors sold Kelvaro shares on Monday.');
    const kelvaro = a.entities.find((e) => e.name === 'Kelvaro');
    expect(kelvaro?.type).toBe('Organization');
    expect(kelvaro?.mentions).toHaveLength(2);
  });
});
