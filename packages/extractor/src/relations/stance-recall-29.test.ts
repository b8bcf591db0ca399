import { describe, expect, it } from 'vitest';
import { STATES } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

// Stance recall on idioms and a copula form of news English the rules missed (issue 10, stop 29),
// on sentences written for these tests: each with a negated, modal, question or conditional form
// that gives none.

const { chile, peru } = STATES;
const mara = personSpec('mara-quist', 'Mara Quist', 'Quist');
const tomas = personSpec('tomas-reyes', 'Tomas Reyes', 'Reyes');
const people = [mara, tomas];
const quistOpposes = ['OPPOSES person:mara-quist person:tomas-reyes'];
const quistSupports = ['SUPPORTS person:mara-quist person:tomas-reyes'];

/** The stance triples of each sentence, between Mara Quist and Tomas Reyes. */
function eachOf(...sentences: string[]): string[][] {
  return sentences.map((sentence) => stanceTriples(sentence, people));
}

describe('extractRelations: idioms of blame', () => {
  it('reads "pointed the finger (of blame) at Y" as opposing Y', () => {
    expect(
      eachOf(
        'Mara Quist has pointed the finger at Tomas Reyes over the leak.',
        'Quist pointed the finger of blame at Tomas Reyes on Monday.',
        'Quist pointed an accusing finger at Reyes.',
      ),
    ).toEqual([quistOpposes, quistOpposes, quistOpposes]);
  });

  it('reads "laid the blame at Y\'s door" and "at the door of Y" as opposing Y', () => {
    expect(
      eachOf(
        "Mara Quist laid the blame at Tomas Reyes's door.",
        'Quist laid the blame squarely at the door of Tomas Reyes.',
        'Quist put the blame squarely on Reyes.',
      ),
    ).toEqual([quistOpposes, quistOpposes, quistOpposes]);
  });

  it('gives nothing when the blame is denied, hedged, asked about or conditional', () => {
    expect(
      eachOf(
        'Mara Quist did not point the finger at Tomas Reyes.',
        'Quist may point the finger at Tomas Reyes.',
        'Did Quist point the finger at Tomas Reyes?',
        'If Quist points the finger at Tomas Reyes, the party will split.',
        "Quist never laid the blame at Tomas Reyes's door.",
      ),
    ).toEqual([[], [], [], [], []]);
  });
});

describe('extractRelations: rejection and obstruction verbs', () => {
  it('reads "turned down Y\'s request", "thwarted Y" and "refuted Y\'s claim" as opposing Y', () => {
    expect(
      eachOf(
        "Mara Quist turned down Tomas Reyes's request.",
        'Quist thwarted Tomas Reyes at every turn.',
        "Quist refuted Tomas Reyes's claim.",
      ),
    ).toEqual([quistOpposes, quistOpposes, quistOpposes]);
  });

  it('reads "refused Y\'s request (offer, invitation)" as opposing Y, but not "refused to back Y"', () => {
    expect(
      eachOf(
        "Mara Quist refused Tomas Reyes's request.",
        "Quist refused Tomas Reyes's offer of talks.",
        'Quist refused to back Tomas Reyes.',
        "Quist did not refuse Tomas Reyes's invitation.",
      ),
    ).toEqual([quistOpposes, quistOpposes, [], []]);
  });

  it('reads a state that turned down another state the same way', () => {
    expect(stanceTriples('Chile turned down the Peruvian request.', [chile, peru])).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
  });

  it('gives nothing when the refusal is denied, hedged or asked about', () => {
    expect(
      eachOf(
        "Mara Quist did not turn down Tomas Reyes's request.",
        "Quist could turn down Tomas Reyes's request.",
        "Will Quist turn down Tomas Reyes's request?",
      ),
    ).toEqual([[], [], []]);
  });
});

describe('extractRelations: praise and sympathy', () => {
  it('reads "credited Y with/for" and "sympathized with Y" as supporting Y', () => {
    expect(
      eachOf(
        'Mara Quist credited Tomas Reyes with holding the coalition together.',
        'Quist credited Tomas Reyes for the deal.',
        'Quist sympathized with Tomas Reyes.',
      ),
    ).toEqual([quistSupports, quistSupports, quistSupports]);
  });

  it('reads "credit" only before an actor and "with"/"for": not a bank name, nor "credited X to Y"', () => {
    const bank = {
      id: 'org:credit-agricole',
      type: 'Organization' as const,
      names: ['Credit Agricole'],
    };
    expect(stanceTriples('Mara Quist sued Credit Agricole on Monday.', [mara, bank])).toEqual([
      'OPPOSES person:mara-quist org:credit-agricole',
    ]);
    expect(stanceTriples("Analysts credited the rise to Tomas Reyes's budget.", people)).toEqual(
      [],
    );
  });

  it('gives nothing when the praise is denied, hedged or asked about', () => {
    expect(
      eachOf(
        'Mara Quist did not credit Tomas Reyes with the deal.',
        'Quist might credit Tomas Reyes for the deal.',
        'Does Quist sympathize with Tomas Reyes?',
      ),
    ).toEqual([[], [], []]);
  });
});

describe('extractRelations: "spoke critically of Y", "spoke approvingly of Y", "a critique of Y"', () => {
  it('reads the manner of speaking as the stance', () => {
    expect(
      eachOf(
        'Mara Quist spoke critically of Tomas Reyes.',
        'Quist has spoken disparagingly of Tomas Reyes.',
        'Quist spoke approvingly of Tomas Reyes.',
      ),
    ).toEqual([quistOpposes, quistOpposes, quistSupports]);
  });

  it('reads "launched a critique of Y" and "a broadside at Y" as opposing Y', () => {
    expect(
      eachOf(
        'Mara Quist launched an extraordinary critique of Tomas Reyes on Sunday.',
        'Quist fired a blistering broadside at Tomas Reyes.',
      ),
    ).toEqual([quistOpposes, quistOpposes]);
  });

  it('gives nothing when the speaking is denied, hedged or asked about', () => {
    expect(
      eachOf(
        'Mara Quist never spoke critically of Tomas Reyes.',
        'Quist could launch a critique of Tomas Reyes.',
        'Did Quist speak approvingly of Tomas Reyes?',
      ),
    ).toEqual([[], [], []]);
  });
});

describe('extractRelations: an adverb between "has" and "been" before "one of Y\'s critics"', () => {
  it('reads "X has long been one of Y\'s fiercest critics" as "X has been" reads', () => {
    expect(
      eachOf(
        "Mara Quist has long been one of Tomas Reyes's fiercest critics.",
        "Quist has always been one of Tomas Reyes's critics.",
        "Quist has been one of Tomas Reyes's fiercest critics.",
      ),
    ).toEqual([quistOpposes, quistOpposes, quistOpposes]);
  });

  it('gives nothing for "has never been", or a question', () => {
    expect(
      eachOf(
        "Mara Quist has never been one of Tomas Reyes's critics.",
        "Has Quist long been one of Tomas Reyes's critics?",
      ),
    ).toEqual([[], []]);
  });
});

describe('extractRelations: "expressed" reads only what is expressed', () => {
  it('gives nothing for "expressed his respect for Y" or "an interest in debating Y"', () => {
    expect(
      eachOf(
        'Mara Quist expressed her respect for Tomas Reyes.',
        'Quist expressed an interest in debating Tomas Reyes.',
        'Quist expressed her hopes for Tomas Reyes.',
      ),
    ).toEqual([[], [], []]);
  });

  it('still reads a stance noun after it, also after a coordinated verb', () => {
    expect(
      eachOf(
        'Mara Quist expressed support for Tomas Reyes.',
        'Quist expressed her outrage at Tomas Reyes.',
        'Quist praised the talks and expressed gratitude to Tomas Reyes for his help.',
        'Quist expressed frustrations with Tomas Reyes.',
      ),
    ).toEqual([quistSupports, quistOpposes, quistSupports, quistOpposes]);
  });
});
