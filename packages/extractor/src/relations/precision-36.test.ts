import { describe, expect, it } from 'vitest';
import { analyze } from '../index.js';
import { extractRelations } from './index.js';

// Relation precision on unseen news (stop 36), on sentences written for these tests: a state's
// or body's allies, partners and neighbours are other actors, so opposing them does not oppose
// the possessor (backing them still backs its camp); a cue inside an adjunct opened by ", with" judges that adjunct's own
// subject, not the phrase before it; a state named only by its people ("Peruvians") takes no
// side for or against the person the article says leads it; an act reported as alleged is no
// fact; "their" after "members of X" is the members', not X's; a hypothetical office is held by
// no one.

/** Stances read from the full analysis, where possessives are marked. */
function stances(text: string): string[] {
  return extractRelations(analyze(text, { headline: false }), {})
    .filter((r) => r.type === 'OPPOSES' || r.type === 'SUPPORTS')
    .map((r) => `${r.type} ${r.source} ${r.target}`)
    .sort();
}

describe("extractRelations: a state's peers are not the state", () => {
  it('gives no OPPOSES on the possessor of allies, partners or neighbours', () => {
    expect(stances("Chile criticised Peru's allies on Monday.")).toEqual([]);
    expect(stances("Chile criticised Peru's closest OAS partners.")).toEqual([]);
    expect(stances("Chile condemned Peru's South American neighbours.")).toEqual([]);
    expect(stances("Chile accused the Andean Community's partners of hypocrisy.")).toEqual([]);
  });

  it("keeps support for a state's camp, and a stance on its own people and acts", () => {
    expect(stances("Chile praised Peru's closest allies.")).toEqual([
      'SUPPORTS state:CHL state:PER',
    ]);
    expect(stances("Chile criticised Peru's government.")).toEqual(['OPPOSES state:CHL state:PER']);
    expect(stances("Chile criticised Peru's partnership with Bolivia.")).toContain(
      'OPPOSES state:CHL state:PER',
    );
    expect(stances('Chile criticised Peru and its allies.')).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
  });
});

describe('extractRelations: a judgement inside a ", with" adjunct', () => {
  it("judges the adjunct's subject, not the phrase before the comma", () => {
    const quoted =
      'Tomas Brandt spoke. "Brandt\'s best card, with voters thinking we are wrong, is to ' +
      'promise change," Ana Ruiz said.';
    expect(stances(quoted)).toEqual([]);
    const reported =
      "Tomas Brandt spoke. Ana Ruiz said Brandt's best card, with voters thinking Peru is wrong, " +
      'is to promise change.';
    expect(stances(reported)).toEqual([]);
    const contracted =
      "Tomas Brandt spoke. \"Brandt's best card, with voters thinking we're on the wrong " +
      'track, is to promise change," Ana Ruiz said.';
    expect(stances(contracted)).toEqual([]);
  });

  it('keeps a judgement of the phrase itself, with or without an adjunct between', () => {
    const quoted =
      'Tomas Brandt spoke. "Brandt\'s plan, with its new taxes, is a mistake," Ana Ruiz said.';
    expect(stances(quoted)).toEqual(['OPPOSES person:ana-ruiz person:tomas-brandt']);
    const reported = "Tomas Brandt spoke. Ana Ruiz said Brandt's plan, with its taxes, is wrong.";
    expect(stances(reported)).toEqual(['OPPOSES person:ana-ruiz person:tomas-brandt']);
  });
});

describe('extractRelations: a state on its own leader', () => {
  it("gives no stance from a state's people to the person leading it", () => {
    expect(stances('Peruvian President Pedro Alves spoke. Most Peruvians support Alves.')).toEqual(
      [],
    );
    expect(stances('Peruvian President Pedro Alves spoke. Peruvians criticised Alves.')).toEqual(
      [],
    );
  });

  it("keeps another state's stance on that leader, and a body of the state acting", () => {
    expect(stances('Peruvian President Pedro Alves spoke. Chile criticised Alves.')).toEqual([
      'OPPOSES state:CHL person:pedro-alves',
    ]);
    expect(
      stances('Peruvian President Pedro Alves spoke. Peruvian lawmakers criticised Alves.'),
    ).toEqual(['OPPOSES state:PER person:pedro-alves']);
  });
});

describe('extractRelations: an alleged act', () => {
  it('gives no stance when a hedge adverb stands between the subject and the act', () => {
    expect(stances('Chile allegedly attacked Peru.')).toEqual([]);
    expect(stances('Chile is supposedly trying to undermine Peru, a witness said.')).toEqual([]);
  });

  it('keeps the plain act and a hedge inside a relative clause of the subject', () => {
    expect(stances('Chile attacked Peru.')).toEqual(['OPPOSES state:CHL state:PER']);
    expect(stances('Chile, which allegedly bombed a bridge, criticised Peru.')).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
  });
});

describe('extractRelations: "their" after "members of X"', () => {
  it("reads the members' stance, not the body's", () => {
    const text =
      'Many other members of the Green Party are not mincing words in their opposition to ' +
      'Pedro Alves.';
    expect(stances(text)).toEqual([]);
  });

  it('keeps the stance of those who speak for the body', () => {
    const text = 'Leaders of the Green Party voiced their opposition to Pedro Alves.';
    expect(stances(text)).toEqual(['OPPOSES org:green-party person:pedro-alves']);
  });
});

describe('extractRelations: a hypothetical office', () => {
  /** LEADS and REPRESENTS read from the full analysis. */
  function roles(text: string): string[] {
    return extractRelations(analyze(text, { headline: false }), {})
      .filter((r) => r.type === 'LEADS' || r.type === 'REPRESENTS')
      .map((r) => `${r.type} ${r.source} ${r.target}`);
  }

  it('gives no LEADS for one who would, were or had been the head', () => {
    expect(roles('If Pedro Alves were president of Peru, he would end the war.')).toEqual([]);
    expect(roles("Had Pedro Alves been Peru's president, he would have ended the war.")).toEqual(
      [],
    );
    expect(roles("If elected, Pedro Alves would be Peru's president.")).toEqual([]);
  });

  it('keeps a title the person holds when the clause is conditional', () => {
    expect(roles('If President Pedro Alves of Peru wins, he will end the war.')).toEqual([
      'LEADS person:pedro-alves state:PER',
    ]);
  });
});
