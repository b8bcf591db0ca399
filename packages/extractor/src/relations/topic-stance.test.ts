import { describe, expect, it } from 'vitest';
import { analyze } from '../index.js';
import { extractRelations } from './index.js';
import { STATES } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

// A stance on an idea, a topic, a plan or a proposal is not a stance on an actor the phrase is
// about; nor is a stance on what an actor undergoes a stance on that actor (topic-words.json).

const { chile, peru, germany, france, japan, russia } = STATES;
const mara = personSpec('mara-quist', 'Mara Quist', 'Quist');
const tomas = personSpec('tomas-reyes', 'Tomas Reyes', 'Reyes');

describe('extractRelations: an idea is not the actor it names', () => {
  it('gives no stance on the actors inside "the idea / prospect / question of ..."', () => {
    const all = [mara, germany, france, japan, chile];
    expect(
      stanceTriples('Mara Quist dismissed the idea of Germany leaving the union.', all),
    ).toEqual([]);
    expect(
      stanceTriples('Mara Quist welcomed the prospect of Japan joining the pact.', all),
    ).toEqual([]);
    expect(
      stanceTriples('Mara Quist criticised the debate over Chile at the summit.', all),
    ).toEqual([]);
  });

  it('gives none when the idea is the subject of a passive', () => {
    expect(
      stanceTriples(
        'The idea of Russia hosting Mara Quist, which was first raised by Germany, was dismissed by Tomas Reyes.',
        [mara, russia, germany, tomas],
      ),
    ).toEqual([]);
  });

  it('gives none on the actor of a claim\'s "that" clause', () => {
    expect(
      stanceTriples('Mara Quist rejected claims that Russia had meddled in the vote.', [
        mara,
        russia,
      ]),
    ).toEqual([]);
    expect(
      stanceTriples('Mara Quist dismissed the idea that Germany would leave.', [mara, germany]),
    ).toEqual([]);
  });

  it('keeps the owner of a position named by "of" or a possessive', () => {
    expect(
      stanceTriples('Mara Quist criticised the position of Germany.', [mara, germany]),
    ).toEqual(['OPPOSES person:mara-quist state:DEU']);
    expect(
      stanceTriples("Mara Quist criticised Germany's position on Japan.", [mara, germany, japan]),
    ).toEqual(['OPPOSES person:mara-quist state:DEU']);
    expect(
      stanceTriples('Mara Quist praised the stance of Germany on Japan.', [mara, germany, japan]),
    ).toEqual(['SUPPORTS person:mara-quist state:DEU']);
  });
});

describe('extractRelations: a stance, policy or plan on a topic', () => {
  it('gives no stance on the topic of "a stance on / a policy toward / comments about"', () => {
    const all = [mara, chile, russia, japan];
    expect(stanceTriples('Mara Quist defended her stance on Russia.', all)).toEqual([]);
    expect(stanceTriples('Mara Quist praised the policy toward Chile.', all)).toEqual([]);
    expect(stanceTriples('Mara Quist condemned the comments about Japan.', all)).toEqual([]);
  });

  it('gives none on the actor in the content of "his position of not allowing ..."', () => {
    expect(
      stanceTriples('Tomas Reyes defended his position of not allowing Chile to join.', [
        tomas,
        chile,
      ]),
    ).toEqual([]);
  });

  it("points a stance on a plan about a state at the plan's owner", () => {
    expect(
      stanceTriples(
        'France unveiled a plan on Chile last week. Peru criticised the plan on Chile.',
        [france, chile, peru],
      ),
    ).toEqual(['OPPOSES state:PER state:FRA']);
  });

  it('points at the owner a later "by" names ("the decision on Y by Z")', () => {
    expect(
      stanceTriples('Mara Quist welcomed the decision on Chile by Germany.', [
        mara,
        chile,
        germany,
      ]),
    ).toEqual(['SUPPORTS person:mara-quist state:DEU']);
    expect(
      stanceTriples('Mara Quist criticised the position on Japan taken by France.', [
        mara,
        japan,
        france,
      ]),
    ).toEqual(['OPPOSES person:mara-quist state:FRA']);
  });

  it('keeps a possessor who owns the policy ("Y\'s policy on Z")', () => {
    expect(
      stanceTriples("Mara Quist attacked Tomas Reyes's policy on Chile.", [mara, tomas, chile]),
    ).toEqual(['OPPOSES person:mara-quist person:tomas-reyes']);
  });
});

describe('extractRelations: a name modifying a crisis or an issue', () => {
  it('gives no stance on the state a crisis is named after', () => {
    expect(
      stanceTriples('Peru has contributed to the development of the Chile crisis.', [peru, chile]),
    ).toEqual([]);
    expect(
      stanceTriples('Peru-backed Chile crisis talks resume on Friday.', [peru, chile]),
    ).toEqual([]);
  });

  it('keeps the one blamed for the crisis ("blamed the Chile crisis on Y")', () => {
    expect(stanceTriples('Peru blamed the Chile crisis on Russia.', [peru, chile, russia])).toEqual(
      ['OPPOSES state:PER state:RUS'],
    );
    expect(stanceTriples('Peru blamed the crisis on Russia.', [peru, russia])).toEqual([
      'OPPOSES state:PER state:RUS',
    ]);
  });
});

describe('extractRelations: what a possessor undergoes', () => {
  it('gives no stance on the one arrested, whose reputation or defeat it is', () => {
    const all = [peru, mara, germany];
    expect(stanceTriples("Peru condemned Mara Quist's arrest.", all)).toEqual([]);
    expect(stanceTriples("Mara Quist's recent arrest was condemned by Peru.", all)).toEqual([]);
    expect(stanceTriples("Peru bemoaned Germany's reputation abroad.", all)).toEqual([]);
    expect(stanceTriples("Peru contributed to Mara Quist's defeat.", all)).toEqual([]);
  });

  it('aims at the doer when one is named ("Y\'s arrest by Z", "Z\'s arrest of Y")', () => {
    expect(
      stanceTriples("Peru condemned Mara Quist's arrest by German police.", [peru, mara, germany]),
    ).toEqual(['OPPOSES state:PER state:DEU']);
    expect(
      stanceTriples("Peru condemned Germany's arrest of Mara Quist.", [peru, mara, germany]),
    ).toEqual(['OPPOSES state:PER state:DEU']);
  });

  it('keeps a demand for it ("called for Y\'s ouster")', () => {
    expect(stanceTriples("Peru called for Mara Quist's ouster.", [peru, mara])).toEqual([
      'OPPOSES state:PER person:mara-quist',
    ]);
  });

  it('gives none through the parse of the whole article either', () => {
    const text = "Senator Tomas Reyes condemned Mara Quist's arrest.";
    const relations = extractRelations(analyze(text, { headline: false }), {});
    expect(relations.filter((r) => r.type === 'OPPOSES' || r.type === 'SUPPORTS')).toEqual([]);
  });
});
