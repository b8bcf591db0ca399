import { describe, expect, it } from 'vitest';
import { roles } from './test-roles.js';

describe('a staff title after a state names his origin or subject, not an office (cues.json staffOnly)', () => {
  it('gives no REPRESENTS of the state to an economist, analyst, researcher or professor', () => {
    expect(roles('German economist Tom Keller said prices would rise.')).toEqual([]);
    expect(roles('Russian professor Tom Keller said the plan would fail.')).toEqual([]);
    expect(roles('Iran analyst Tom Keller said the talks would stall.')).toEqual([]);
    expect(roles('Tom Keller, a Syria researcher, said the report was accurate.')).toEqual([]);
  });

  it("keeps the staff title's organization and a state's own officers", () => {
    expect(
      roles('Tom Keller, an economist at Halvorsen Capital, said prices would rise.'),
    ).toContain('REPRESENTS person:tom-keller org:halvorsen-capital');
    expect(roles('Halvorsen Capital analyst Tom Keller said prices would rise.')).toContain(
      'REPRESENTS person:tom-keller org:halvorsen-capital',
    );
    expect(roles('Iranian spokesman Tom Keller said the talks would go on.')).toEqual([
      'REPRESENTS person:tom-keller state:IRN',
    ]);
    expect(roles('Afghan governor Tom Keller said the road was open.')).toEqual([
      'REPRESENTS person:tom-keller state:AFG',
    ]);
  });
});

describe("a place between an organization's possessive and the title is the post's region (title-region.ts)", () => {
  it('gives the organization, not the place, an officer', () => {
    expect(roles("The UN's Syria envoy Tom Keller said talks would resume.")).toEqual([
      'REPRESENTS person:tom-keller org:united-nations',
    ]);
    expect(
      roles("Amnesty International's Syria researcher, Tom Keller, said it was wrong."),
    ).toEqual([
      'MEMBER_OF person:tom-keller org:amnesty-international',
      'REPRESENTS person:tom-keller org:amnesty-international',
    ]);
  });

  it('makes the head of a region no head of the organization', () => {
    expect(roles("Human Rights Watch's Asia director, Tom Keller, said it was wrong.")).toEqual([
      'MEMBER_OF person:tom-keller org:human-rights-watch',
      'REPRESENTS person:tom-keller org:human-rights-watch',
    ]);
  });

  it('gives nothing to a former envoy', () => {
    expect(roles("The UN's former Syria envoy Tom Keller said talks would resume.")).toEqual([]);
  });
});

describe('an envoy titled by the body of states he is sent to speaks for his state (title-region.ts)', () => {
  it('gives REPRESENTS of the state for "Britain\'s UN ambassador X" and "German NATO envoy X"', () => {
    expect(roles("Britain's UN ambassador Tom Keller said talks would resume.")).toEqual([
      'REPRESENTS person:tom-keller state:GBR',
    ]);
    expect(roles('German NATO envoy Tom Keller said talks would resume.')).toEqual([
      'REPRESENTS person:tom-keller state:DEU',
    ]);
  });

  it("leaves a body's own office and a company's representative with the body", () => {
    expect(roles("Germany's EU commissioner Tom Keller said talks would resume.")).toEqual([
      'REPRESENTS person:tom-keller org:european-union',
    ]);
    expect(roles("Britain's former UN ambassador Tom Keller said talks would resume.")).toEqual([]);
    expect(roles('UN envoy Tom Keller said talks would resume.')).toEqual([
      'REPRESENTS person:tom-keller org:united-nations',
    ]);
  });
});

describe('"an MP for the X Party": the title and "for" are no words of the party\'s name (name-start.ts)', () => {
  it('makes the lawmaker a member of the party', () => {
    expect(roles('Tom Keller, an MP for the Ardanian Green Party, said it was wrong.')).toEqual([
      'MEMBER_OF person:tom-keller org:ardanian-green-party',
    ]);
    expect(roles('Tom Keller, an MEP for the Green Party, said it was wrong.')).toEqual([
      'MEMBER_OF person:tom-keller org:green-party',
    ]);
  });

  it('gives a former MP nothing', () => {
    expect(roles('Tom Keller, a former MP for the Green Party, said it was wrong.')).toEqual([]);
  });
});

describe("a state's body in lower case before a title makes it the named state's (title-state-body.ts)", () => {
  it('gives the state the sentence names a spokesman of its ministry', () => {
    expect(
      roles(
        'Norway will not attend. Norway doubts the plan. The foreign ministry spokesman Tom Keller said Norway had doubts.',
      ),
    ).toEqual(['REPRESENTS person:tom-keller state:NOR']);
  });

  it('gives nothing when the sentence names no state, or for a former spokesman or a rebel army', () => {
    expect(
      roles(
        'Norway will not attend. Norway doubts the plan. The foreign ministry spokesman Tom Keller said his country had doubts.',
      ),
    ).toEqual([]);
    expect(
      roles(
        'Norway will not attend. Norway doubts the plan. The former foreign ministry spokesman Tom Keller said Norway had doubts.',
      ),
    ).toEqual([]);
    expect(
      roles(
        'Norway shelled the town. Norway denied it. The rebel army spokesman Tom Keller said Norway had fired.',
      ),
    ).toEqual([]);
  });
});

describe('a word for the tenure before a lone title describes it, naming no holder (personDescribers)', () => {
  it("leaves the title the article's state's: 'the current President X', 'Incumbent President X'", () => {
    const before = 'Norway is divided. Norway votes today. ';
    expect(roles(`${before}The current President Tom Keller said it was fair.`)).toEqual([
      'LEADS person:tom-keller state:NOR',
    ]);
    expect(roles(`${before}Incumbent President Tom Keller said it was fair.`)).toEqual([
      'LEADS person:tom-keller state:NOR',
    ]);
  });

  it('gives a former president nothing', () => {
    expect(
      roles('Norway is divided. Norway votes today. Former President Tom Keller said it was fair.'),
    ).toEqual([]);
  });
});

describe("a body's name before 'campaign' or 'list' only modifies it (frame-words.json nonHeadNouns)", () => {
  it('gives no LEADS for leading the campaign or heading the list', () => {
    expect(roles('Tom Keller led the Green Party campaign in the north.')).toEqual([]);
    expect(roles('Tom Keller headed the Green Party list in the election.')).toEqual([]);
  });

  it('still gives LEADS for leading the party itself', () => {
    expect(roles('Tom Keller led the Green Party.')).toContain(
      'LEADS person:tom-keller org:green-party',
    );
  });
});
