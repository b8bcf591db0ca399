import { describe, expect, it } from 'vitest';
import { STATES, type EntitySpec } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

// Judgements of an actor's decision, move or position (issue 28), on sentences written for these
// tests: a reported copular judgement in the perfect, a judged act owned by "by Y", a judged act
// with its own infinitive, attitudes toward an owned act, and what none of these says.

const { japan, china, france, germany, russia } = STATES;
const mara = personSpec('mara-quist', 'Mara Quist', 'Quist');
const tomas = personSpec('tomas-reyes', 'Tomas Reyes', 'Reyes');
const union: EntitySpec = { id: 'org:dock-union', type: 'Organization', names: ['Dock Union'] };
const all = [japan, china, france, germany, russia, mara, tomas, union];
const triples = (text: string): string[] => stanceTriples(text, all);

describe('extractRelations: a reported judgement in the perfect', () => {
  it('reads "has been" and "had been" as the copula of the judgement', () => {
    expect(triples('Mara Quist said Tomas Reyes had been a disaster for the country.')).toEqual([
      'OPPOSES person:mara-quist person:tomas-reyes',
    ]);
    expect(triples('Mara Quist said the Dock Union has been a failure.')).toEqual([
      'OPPOSES person:mara-quist org:dock-union',
    ]);
    expect(
      triples('Japan said the decision had been a mistake, after China closed the port.'),
    ).toEqual([]);
  });

  it('gives nothing for a passive, a negation or a modal in the perfect', () => {
    expect(triples('Mara Quist said Tomas Reyes had been arrested for fraud.')).toEqual([]);
    expect(triples('Mara Quist said Tomas Reyes had not been a disaster.')).toEqual([]);
    expect(triples('Mara Quist said Tomas Reyes would have been a disaster.')).toEqual([]);
  });
});

describe('extractRelations: a judged act whose owner follows "by"', () => {
  it('aims the judgement at the owner after "by"', () => {
    expect(triples('Japan said the decision by China was unlawful.')).toEqual([
      'OPPOSES state:JPN state:CHN',
    ]);
    expect(triples('France said the move by Germany was a serious mistake.')).toEqual([
      'OPPOSES state:FRA state:DEU',
    ]);
    expect(
      triples('Mara Quist called the plan by Russia a violation of international law.'),
    ).toEqual(['OPPOSES person:mara-quist state:RUS']);
    expect(triples('France said the proposal by Germany was a welcome step.')).toEqual([
      'SUPPORTS state:FRA state:DEU',
    ]);
  });

  it('leaves an act "of" Y alone: Y is what the act is done to', () => {
    expect(triples('France said the invasion of Japan was illegal.')).toEqual([]);
  });

  it('gives nothing when the judgement is denied or only possible', () => {
    expect(triples('Japan said the decision by China was not unlawful.')).toEqual([]);
    expect(triples('Japan said the decision by China could be a mistake.')).toEqual([]);
  });
});

describe('extractRelations: a judged act with its own infinitive', () => {
  it('reads the infinitive as the content of the act, not as an aim of the speaker', () => {
    expect(
      triples("Mara Quist said Russia's decision to expel the diplomats was illegal."),
    ).toEqual(['OPPOSES person:mara-quist state:RUS']);
    expect(triples('Japan said the Chinese decision to close the port was a mistake.')).toEqual([
      'OPPOSES state:JPN state:CHN',
    ]);
    expect(
      triples('France said the decision by Germany to send the ships had been a good step.'),
    ).toEqual(['SUPPORTS state:FRA state:DEU']);
  });

  it('still reads a modal or a negation after the infinitive', () => {
    expect(triples("Mara Quist said Russia's decision to expel them would be illegal.")).toEqual(
      [],
    );
    expect(triples("Mara Quist said Russia's plan to expel them was not illegal.")).toEqual([]);
    expect(triples("Mara Quist wants to say Russia's plan to expel them was illegal.")).toEqual([]);
  });
});

describe('extractRelations: the judged noun after a possessive', () => {
  it('does not judge Y through "Y\'s critics" or "Y\'s opponents"', () => {
    expect(triples("Mara Quist said Russia's critics were wrong.")).toEqual([]);
    expect(triples("Mara Quist said the Dock Union's opponents were a disgrace.")).toEqual([]);
  });

  it("still judges Y's own acts", () => {
    expect(triples("Mara Quist said Russia's actions were wrong.")).toEqual([
      'OPPOSES person:mara-quist state:RUS',
    ]);
  });
});

describe('extractRelations: an attitude toward an owned act', () => {
  it('reads feelings of disapproval and approval toward the act as stance on its owner', () => {
    expect(triples("Japan was appalled by China's decision.")).toEqual([
      'OPPOSES state:JPN state:CHN',
    ]);
    expect(triples("Japan said it was outraged by China's remarks.")).toEqual([
      'OPPOSES state:JPN state:CHN',
    ]);
    expect(triples("France was pleased with Germany's decision.")).toEqual([
      'SUPPORTS state:FRA state:DEU',
    ]);
    expect(triples("Mara Quist said she was heartened by the Dock Union's announcement.")).toEqual([
      'SUPPORTS person:mara-quist org:dock-union',
    ]);
  });

  it('gives nothing with no owner, a negation or a modal', () => {
    expect(triples('Japan was pleased with the result.')).toEqual([]);
    expect(triples("Japan was not pleased with China's decision.")).toEqual([]);
    expect(triples("Japan would be appalled by China's decision.")).toEqual([]);
  });

  it('aims at the one who acts in a clause after the attitude, not at its object', () => {
    expect(
      triples('Mara Quist said she was angered by the media declaring Tomas Reyes the winner.'),
    ).toEqual([]);
  });
});

describe('extractRelations: an attitude toward an event the actor only takes part in', () => {
  it('gives no stance on an actor after a preposition of the event noun', () => {
    expect(triples('Japan was delighted by the victory over China.')).toEqual([]);
    expect(triples('Japan was pleased with the talks with China.')).toEqual([]);
    expect(triples('Japan was critical of the victory over China.')).toEqual([]);
  });

  it('keeps the actor itself and an owner named by "by"', () => {
    expect(triples('Japan was angry with China.')).toEqual(['OPPOSES state:JPN state:CHN']);
    expect(triples('France was pleased with the decision by Germany.')).toEqual([
      'SUPPORTS state:FRA state:DEU',
    ]);
  });
});

describe('extractRelations: a stance noun in the complement of an attitude', () => {
  it('does not make the one who judges the event its agent', () => {
    expect(triples('Japan was critical of the attack on China.')).toEqual([]);
    expect(triples('Japan was appalled by the recent attack on China.')).toEqual([]);
    expect(triples('Japan was angry at the invasion of China.')).toEqual([]);
  });

  it('keeps the agent of an event the subject carries out or owns', () => {
    expect(triples('Japan launched an attack on China.')).toEqual(['OPPOSES state:JPN state:CHN']);
    expect(triples("France was critical of Russia's attack on Japan.")).toEqual([
      'OPPOSES state:FRA state:RUS',
      'OPPOSES state:RUS state:JPN',
    ]);
  });
});

describe('extractRelations: a judgement the speaker reports of others', () => {
  it('gives the speaker no stance', () => {
    expect(triples('Mara Quist said critics call Tomas Reyes a fraud.')).toEqual([]);
    expect(triples("Mara Quist said some see Russia's plan as a threat.")).toEqual([]);
  });
});
