import { describe, expect, it } from 'vitest';
import { relationsOf } from './test-roles.js';

// Stances carried by adjuncts of a clause whose subject acts (issue 10, stop 33), on sentences
// written here: an infinitive of purpose after a verb of spending, seizing on, arming, funding,
// forming or staging; a pledge given in a participle; a gerund after "in" and a word of manner.

const stances = (sentence: string): string[] => relationsOf(sentence, ['OPPOSES', 'SUPPORTS']);

describe('an infinitive of purpose after a verb that serves it', () => {
  it('gives the subject the stance of the infinitive', () => {
    expect(stances('Republicans seized on the report to attack Obama.')).toEqual([
      'OPPOSES org:republican-party-us person:barack-obama',
    ]);
    expect(stances('Democrats have pounced on the new figures to blame Republicans.')).toEqual([
      'OPPOSES org:democratic-party-us org:republican-party-us',
    ]);
    expect(stances('Iran formed militias to fight Israel.')).toEqual([
      'OPPOSES state:IRN state:ISR',
    ]);
    expect(stances('Saudi Arabia armed rebels to fight Assad.')).toEqual([
      'OPPOSES state:SAU person:bashar-al-assad',
    ]);
    expect(stances('Russia spent millions to undermine Clinton.')).toEqual([
      'OPPOSES state:RUS person:clinton',
    ]);
  });

  it('gives nothing when the verb is negated, modal, questioned or only wanted', () => {
    for (const sentence of [
      'Saudi Arabia did not arm rebels to fight Assad.',
      'Saudi Arabia would arm rebels to fight Assad.',
      'Did Saudi Arabia arm rebels to fight Assad?',
      'Republicans never seized on the report to attack Obama.',
      'Republicans could seize on the report to attack Obama.',
    ])
      expect(stances(sentence), sentence).toEqual([]);
  });

  it('gives nothing after a verb that does not serve a purpose of its subject', () => {
    expect(stances('Republicans relied on the report to attack Obama.')).toEqual([]);
  });
});

describe('a pledge given in a participle', () => {
  it('states the stance pledged, as the past form does', () => {
    expect(stances('Hadi took office, vowing to fight al Qaeda.')).toEqual([
      'OPPOSES person:hadi org:al-qaeda',
    ]);
    expect(stances('Hadi was sworn in, pledging to fight al Qaeda.')).toEqual([
      'OPPOSES person:hadi org:al-qaeda',
    ]);
  });

  it('gives nothing when the pledge is denied', () => {
    expect(stances('Hadi took office without pledging to fight al Qaeda.')).toEqual([]);
    expect(stances('Hadi is not vowing to fight al Qaeda.')).toEqual([]);
  });
});

describe('a gerund after "in" and a word of manner', () => {
  it("is the clause subject's act", () => {
    expect(stances('Rubio had become more aggressive in attacking Trump.')).toEqual([
      'OPPOSES person:rubio person:trump',
    ]);
    expect(stances("Murdoch wasted little time in criticizing Cameron's government.")).toEqual([
      'OPPOSES person:murdoch person:cameron',
    ]);
    expect(stances('Peru was swift in condemning Chile.')).toEqual(['OPPOSES state:PER state:CHL']);
  });

  it('gives nothing when negated or modal', () => {
    expect(stances('Obama was not quick in condemning Russia.')).toEqual([]);
    expect(stances('Obama would be aggressive in attacking Russia.')).toEqual([]);
  });

  it("leaves a gerund after a noun to that noun's owner", () => {
    expect(stances("Obama praised Merkel's role in fighting Russia.")).toEqual([
      'SUPPORTS person:barack-obama person:angela-merkel',
    ]);
  });
});

describe('a perfect after "but"', () => {
  it('starts its own predicate, outside what the first verb left unstated', () => {
    expect(stances('Peru was slow to react but has now spoken out against Chile.')).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
  });

  it('gives nothing when the perfect itself is negated or modal', () => {
    expect(stances('Peru wanted to react but has not spoken out against Chile.')).toEqual([]);
    expect(stances('Peru may react, but has not yet condemned Chile.')).toEqual([]);
    expect(stances('Peru was slow to react but would now condemn Chile.')).toEqual([]);
  });
});

describe('a gerund after "by" past a speech verb\'s own complement', () => {
  it("is the speaker's act", () => {
    expect(stances('Peru responded to the report by attacking Chile.')).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
    expect(
      stances('The mayor of Lima, Ana Torres, replied to the attacks by criticizing Chile.'),
    ).toContain('OPPOSES person:ana-torres state:CHL');
  });

  it('gives nothing when the speech verb is negated', () => {
    expect(stances('Peru did not respond to the report by attacking Chile.')).toEqual([]);
  });
});
