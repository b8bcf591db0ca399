import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { body } from './test-helpers.js';

function organizations(text: string): string[] {
  return body(text)
    .entities.filter((e) => e.type === 'Organization')
    .map((e) => e.id);
}

function mentionsOf(text: string, id: string): string[] {
  return (
    body(text)
      .byId(id)
      ?.mentions.map((m) => m.text) ?? []
  );
}

describe('placesOwnParty', () => {
  it("makes a place's name before a listed party's name a party of its own", () => {
    expect(organizations('The Kurdistan Democratic Party backed Rana Oduya.')).toEqual([
      'org:kurdistan-democratic-party',
    ]);
    expect(organizations('Leaders of the Sindh Democratic Party met in Karachi.')).toEqual([
      'org:sindh-democratic-party',
    ]);
    expect(organizations('Tom Pell, chairman of the Texas Republican Party, spoke.')).toEqual([
      'org:texas-republican-party',
    ]);
  });

  it("leaves a place before the party's short names apart", () => {
    const { ids } = body('Ohio Republican Tom Pell spoke in Columbus.');
    expect(ids).toContain('org:republican-party-us');
    expect(ids).not.toContain('org:ohio-republican');
    expect(organizations('Texas Democrats cheered the result.')).not.toContain(
      'org:texas-democratic-party',
    );
  });

  it('keeps a listed party whose name holds the place whole', () => {
    expect(organizations('The Scottish National Party won the seat.')).toEqual(['org:snp']);
  });
});

describe('organization spellings', () => {
  it('reads British and American spellings of a listed name, in any mix, as the one body', () => {
    for (const name of [
      'Organisation for Security and Cooperation in Europe',
      'Organisation for Security and Co-operation in Europe',
      'Organization for Security and Cooperation in Europe',
    ])
      expect(organizations(`Observers from the ${name} said the vote was fair.`)).toEqual([
        'org:osce',
      ]);
    expect(organizations('The UN Development Program opened an office.')).toEqual(['org:undp']);
  });

  it('runs a listed name through its lower-case words after an opening "The"', () => {
    expect(
      organizations('The Organization for Security and Cooperation in Europe sent monitors.'),
    ).toEqual(['org:osce']);
    expect(body('Protests in Europe grew.').ids).toEqual(['loc:europe']);
  });

  it('keeps two parties joined by a slash apart', () => {
    const ids = organizations('The CDU/CSU bloc and the SPD agreed.');
    expect(ids).toContain('org:cdu');
    expect(ids).toContain('org:csu');
  });
});

describe('an acronym spelled out in parentheses after it', () => {
  it('names the organization the parentheses spell out', () => {
    const text =
      'Clashes broke out with the KDP (Kurdistan Democratic Party) on Monday. ' +
      'The KDP, led by Omar Saleh, said it would fight.';
    expect(mentionsOf(text, 'org:kurdistan-democratic-party')).toEqual([
      'KDP',
      'Kurdistan Democratic Party',
      'KDP',
    ]);
    const roles = extract(text, { headline: false }).relations.map((r) => `${r.type} ${r.target}`);
    expect(roles).toContain('LEADS org:kurdistan-democratic-party');
  });

  it('names nothing where the initials differ', () => {
    const text = 'He joined the ZPF (Alliance for Progress) in May. The ZPF grew fast.';
    expect(mentionsOf(text, 'org:alliance-for-progress')).toEqual(['Alliance for Progress']);
  });
});

describe("a state's possessive before a listed party of another state", () => {
  it("names that state's own party, and the bare name after it too", () => {
    const a = body("Italy's Democratic Party backed Rana Oduya. The Democratic Party said so.");
    expect(a.ids).not.toContain('org:democratic-party-us');
    expect(a.byId('org:democratic-party-of-italy')?.mentions.map((m) => m.text)).toEqual([
      'Democratic Party',
      'Democratic Party',
    ]);
    expect(body("Serbia's Democratic Party backed Rana Oduya.").ids).toContain(
      'org:democratic-party-of-serbia',
    );
  });

  it("keeps the owner's own listed party", () => {
    expect(body("Australia's Labor Party backed Rana Oduya.").ids).toContain(
      'org:australian-labor-party',
    );
    expect(body("Britain's Labour Party backed Rana Oduya.").ids).toContain('org:labour-party-uk');
    expect(body("America's Democratic Party backed Rana Oduya.").ids).toContain(
      'org:democratic-party-us',
    );
  });

  it('leaves the bare name unbound where two states own a party of that name', () => {
    const a = body(
      "Italy's Democratic Party and Serbia's Democratic Party met. The Democratic Party said so.",
    );
    expect(a.ids).toContain('org:democratic-party');
  });
});

describe("a state's generic body or party named by the lexicon", () => {
  it("finds the state's listed party by its name of the state or its demonym", () => {
    expect(body("China's Communist Party backed Rana Oduya.").ids).toContain('org:ccp');
    expect(body("Israel's Labor Party backed Rana Oduya.").ids).toContain('org:labor-israel');
    expect(body('Rana Oduya joined the U. S. Supreme Court.').ids).toContain(
      'org:us-supreme-court',
    );
  });

  it('takes no listed party whose name only ends in the words', () => {
    const { ids } = body("Japan's Democratic Party backed Rana Oduya.");
    expect(ids).not.toContain('org:ldp-japan');
  });
});
