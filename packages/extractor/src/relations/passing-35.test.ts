import { describe, expect, it } from 'vitest';
import { relationsOf } from './test-roles.js';

// Stances and roles stated in passing (stop 35), on sentences written here.

const supports = (sentence: string): string[] => relationsOf(sentence, ['SUPPORTS']);
const leads = (sentence: string): string[] => relationsOf(sentence, ['LEADS']);

describe('support the subject has', () => {
  it('gives the one whose support or backing the subject has SUPPORTS the subject', () => {
    expect(supports('Peru has the support of Chile.')).toEqual(['SUPPORTS state:CHL state:PER']);
    expect(supports('Peru has the full backing of Chile and Bolivia.')).toEqual([
      'SUPPORTS state:BOL state:PER',
      'SUPPORTS state:CHL state:PER',
    ]);
    expect(supports("Peru won the support of Chile's government.")).toEqual([
      'SUPPORTS state:CHL state:PER',
    ]);
  });

  it('gives nothing when the support is denied, asked about or only possible', () => {
    expect(supports('Peru does not have the support of Chile.')).toEqual([]);
    expect(supports('Does Peru have the support of Chile?')).toEqual([]);
    expect(supports('Peru may have the backing of Chile.')).toEqual([]);
  });

  it("gives nothing for people a state's name only owns", () => {
    expect(supports("Peru won the support of Chile's farmers.")).toEqual([]);
    expect(supports("Peru enjoys the backing of Chile's exiled miners.")).toEqual([]);
  });
});

describe('a passive participle after the object of a participle', () => {
  it('does not make the object what the agent leads', () => {
    expect(leads('The coalition fighting Chile, led by Peru, struck again.')).toEqual([]);
    expect(leads('The alliance against Chile, led by Peru, met in Lima.')).toEqual([]);
  });

  it('still reads a name right before the participle as what the agent leads', () => {
    expect(leads('Peru, led by Jane Doe, refused.')).toEqual(['LEADS person:jane-doe state:PER']);
  });
});

const stances = (sentence: string): string[] =>
  relationsOf(sentence, ['OPPOSES', 'SUPPORTS', 'ALLIED_WITH']);

describe("an owner's critics, backers or allies named by 'include' or 'among ... are'", () => {
  it('gives each listed actor the stance toward the owner', () => {
    expect(stances("Peru's critics include Chile and Bolivia.")).toEqual([
      'OPPOSES state:BOL state:PER',
      'OPPOSES state:CHL state:PER',
    ]);
    expect(stances("Among Peru's main backers are Chile and Bolivia.")).toEqual([
      'SUPPORTS state:BOL state:PER',
      'SUPPORTS state:CHL state:PER',
    ]);
  });

  it('gives nothing when the list is modal, denied, asked about or of former holders', () => {
    expect(stances("Peru's backers could include Chile.")).toEqual([]);
    expect(stances("Peru's backers do not include Chile.")).toEqual([]);
    expect(stances("Do Peru's backers include Chile?")).toEqual([]);
    expect(stances("Peru's former backers include Chile.")).toEqual([]);
  });
});

describe('two states that are allies of a third', () => {
  it('are not called allies of each other', () => {
    expect(stances('Chile and Bolivia, both close Peruvian allies, met.')).toEqual([
      'ALLIED_WITH state:BOL state:PER',
      'ALLIED_WITH state:CHL state:PER',
    ]);
  });

  it('still are when the cue has no owner or a body before it', () => {
    expect(stances('Chile and Bolivia are allies.')).toEqual(['ALLIED_WITH state:BOL state:CHL']);
  });
});

describe('ownedBacking', () => {
  it('gives the owner of the backing the subject won or has SUPPORTS the subject', () => {
    expect(supports("Peru won Chile's backing.")).toEqual(['SUPPORTS state:CHL state:PER']);
    expect(supports("Peru has Chile's full support.")).toEqual(['SUPPORTS state:CHL state:PER']);
    expect(supports("Peru secured Chile's endorsement on Tuesday.")).toEqual([
      'SUPPORTS state:CHL state:PER',
    ]);
  });

  it('gives nothing when the backing is lost, sought, denied, possible, asked about or claimed', () => {
    expect(supports("Peru lost Chile's support.")).toEqual([]);
    expect(supports("Peru hopes to win Chile's backing.")).toEqual([]);
    expect(supports("Peru does not have Chile's support.")).toEqual([]);
    expect(supports("Peru may win Chile's backing.")).toEqual([]);
    expect(supports("Does Peru have Chile's support?")).toEqual([]);
    expect(supports("Bolivia said Peru had Chile's support.")).toEqual([]);
  });

  it('gives nothing for what is no backing or no actor', () => {
    expect(supports("Peru has Chile's supporters on its side.")).toEqual([]);
    expect(supports("The plan has Chile's backing.")).toEqual([]);
  });
});
