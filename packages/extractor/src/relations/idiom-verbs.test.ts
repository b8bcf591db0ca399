import { describe, expect, it } from 'vitest';
import { STATES, type EntitySpec } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

// Phrasal and idiomatic stance verbs of news English (cues.json, the idiom families; README
// "Idioms"), on sentences written for these tests: each idiom with an actor object gives the
// stance; its literal sense, a negation, a modal and a question give nothing.

const mara = personSpec('mara-quist', 'Mara Quist', 'Quist');
const tomas = personSpec('tomas-reyes', 'Tomas Reyes', 'Reyes');
const people = [mara, tomas];
const { chile, peru } = STATES;
const union: EntitySpec = { id: 'org:dock-union', type: 'Organization', names: ['Dock Union'] };

const OPPOSES = ['OPPOSES person:mara-quist person:tomas-reyes'];
const SUPPORTS = ['SUPPORTS person:mara-quist person:tomas-reyes'];

describe('extractRelations: idioms of attack and criticism', () => {
  it.each([
    'Mara Quist went after Tomas Reyes in the second debate.',
    'Mara Quist called out Tomas Reyes for his remarks on trade.',
    'Mara Quist lashed back at Tomas Reyes on Sunday.',
    'Mara Quist struck back at Tomas Reyes in a radio interview.',
    'Mara Quist shot back at Tomas Reyes hours later.',
    'Mara Quist hit out against Tomas Reyes over the budget.',
    'Mara Quist unloaded on Tomas Reyes at a rally in the capital.',
    'Mara Quist teed off on Tomas Reyes during the forum.',
    'Mara Quist lit into Tomas Reyes over the leaked memo.',
    'Mara Quist came down hard on Tomas Reyes for missing the vote.',
    'Mara Quist broke ranks with Tomas Reyes on the tax bill.',
    'Mara Quist spoke up against Tomas Reyes at the meeting.',
    'Mara Quist had a go at Tomas Reyes in parliament.',
    'Mara Quist took a swing at Tomas Reyes in her speech.',
    'Mara Quist took swipes at Tomas Reyes all evening.',
    'Mara Quist got tough on Tomas Reyes during the hearing.',
    'Mara Quist badmouthed Tomas Reyes to donors.',
    'Mara Quist ripped Tomas Reyes over his speeches to bankers.',
    'Mara Quist panned Tomas Reyes on Tuesday.',
    "Mara Quist panned Tomas Reyes's plan.",
    'Mara Quist knocked Tomas Reyes for his record on crime.',
  ])('gives OPPOSES for "%s"', (text) => {
    expect(stanceTriples(text, people)).toEqual(OPPOSES);
  });

  it('reads "went after" with a state as object', () => {
    expect(stanceTriples('Chile went after Peru at the tribunal.', [chile, peru])).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
  });

  it('gives "declared war on" between states', () => {
    expect(stanceTriples('Chile declared war on Peru in 1879.', [chile, peru])).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
  });
});

describe('extractRelations: idioms of support', () => {
  it.each([
    'Mara Quist threw her support behind Tomas Reyes on Friday.',
    'Mara Quist put her weight behind Tomas Reyes in the primary.',
    'Mara Quist lent her support to Tomas Reyes last week.',
    'Mara Quist gave her blessing to Tomas Reyes before the vote.',
    'Mara Quist got behind Tomas Reyes after the convention.',
    'Mara Quist stood up for Tomas Reyes when the scandal broke.',
    'Mara Quist spoke up for Tomas Reyes at the hearing.',
    'Mara Quist spoke out in favour of Tomas Reyes.',
    'Mara Quist stuck by Tomas Reyes throughout the inquiry.',
    'Mara Quist went to bat for Tomas Reyes with the donors.',
    'Mara Quist came to the defence of Tomas Reyes on Monday.',
    'Mara Quist rushed to the defense of Tomas Reyes.',
    'Mara Quist rose to the defense of Tomas Reyes at the news conference.',
    'Mara Quist came to the aid of Tomas Reyes during the recount.',
    'Mara Quist rallied to the side of Tomas Reyes.',
    'Mara Quist took the side of Tomas Reyes in the dispute.',
    'Mara Quist is rooting for Tomas Reyes in the runoff.',
    'Mara Quist canvassed for Tomas Reyes in Ohio.',
    'Mara Quist raised money for Tomas Reyes in the spring.',
    'Mara Quist cast her vote for Tomas Reyes.',
    'Mara Quist spoke highly of Tomas Reyes in the interview.',
    'Mara Quist fell in line behind Tomas Reyes after the primary.',
  ])('gives SUPPORTS for "%s"', (text) => {
    expect(stanceTriples(text, people)).toEqual(SUPPORTS);
  });

  it('reads "threw its support behind" for an organization', () => {
    expect(
      stanceTriples('The Dock Union threw its support behind Mara Quist.', [union, mara]),
    ).toEqual(['SUPPORTS org:dock-union person:mara-quist']);
  });
});

describe('extractRelations: literal senses of the idioms give nothing', () => {
  it.each([
    'Mara Quist ripped up the agreement with Tomas Reyes.',
    'Mara Quist knocked on the door of Tomas Reyes.',
    'The plan of Mara Quist never panned out for Tomas Reyes.',
    'The camera panned to Tomas Reyes as Mara Quist spoke.',
    'Mara Quist called out the National Guard after Tomas Reyes asked for help.',
  ])('gives no stance for "%s"', (text) => {
    expect(stanceTriples(text, people)).toEqual([]);
  });

  it('takes only an object right after the preposition, not a name in a later clause', () => {
    expect(
      stanceTriples(
        'Mara Quist raised money for her campaign in the town Tomas Reyes won.',
        people,
      ),
    ).toEqual([]);
    expect(
      stanceTriples('Mara Quist spoke out for the first time against Tomas Reyes.', people),
    ).toEqual([]);
    expect(
      stanceTriples('Mara Quist went after the ball in the game against Tomas Reyes.', people),
    ).toEqual([]);
  });

  it('does not read "knocked Y out of the race" as criticism of a rival', () => {
    expect(stanceTriples('Mara Quist knocked Tomas Reyes out of the race.', people)).toEqual([]);
    expect(
      stanceTriples('Mara Quist won big, knocking Tomas Reyes out of the contest.', people),
    ).toEqual([]);
  });

  it('does not read "knocked" as criticism of a team or country knocked out of a contest', () => {
    expect(stanceTriples('Chile knocked Peru out of the Copa America.', [chile, peru])).toEqual([]);
    expect(stanceTriples('Chile knocked Peru out in the semi-final.', [chile, peru])).toEqual([]);
    expect(stanceTriples('Chile knocked out Peru in the semi-final.', [chile, peru])).toEqual([]);
  });
});

describe('extractRelations: idioms denied, planned or asked give nothing', () => {
  it.each([
    'Mara Quist did not go after Tomas Reyes in the debate.',
    'Mara Quist never called out Tomas Reyes.',
    'Mara Quist may throw her support behind Tomas Reyes.',
    'Mara Quist would not stand up for Tomas Reyes.',
    'Will Mara Quist come to the defence of Tomas Reyes?',
    'Mara Quist refused to get behind Tomas Reyes.',
    'Did Mara Quist rip Tomas Reyes over the speeches?',
  ])('gives no stance for "%s"', (text) => {
    expect(stanceTriples(text, people)).toEqual([]);
  });
});

describe('extractRelations: separable phrasal verbs read with the particle after the object', () => {
  it.each([
    ['Mara Quist called Tomas Reyes out for his remarks.', OPPOSES],
    ['Tomas Reyes spoke on Monday. Mara Quist called him out for the remarks.', OPPOSES],
    ['Mara Quist took Tomas Reyes to task over the budget.', OPPOSES],
    ['Mara Quist shouted Tomas Reyes down at the town hall.', OPPOSES],
    ['Mara Quist cheered Tomas Reyes on from the front row.', SUPPORTS],
  ])('reads "%s"', (text, expected) => {
    expect(stanceTriples(text, people)).toEqual(expected);
  });

  it.each([
    'Mara Quist called Tomas Reyes on Sunday.',
    'Mara Quist took Tomas Reyes to court over the debt.',
    'Mara Quist did not call Tomas Reyes out.',
    'Mara Quist might take Tomas Reyes to task.',
  ])('gives no stance for "%s"', (text) => {
    expect(stanceTriples(text, people)).toEqual([]);
  });
});

describe('extractRelations: idioms whose object owns a noun after it', () => {
  it.each([
    "Mara Quist came to Tomas Reyes's defence on Monday.",
    "Mara Quist rushed to Tomas Reyes's aid after the vote.",
    "Mara Quist leapt to Tomas Reyes's defense.",
    "Mara Quist rallied to Tomas Reyes's side.",
    "Mara Quist sang Tomas Reyes's praises at the dinner.",
    "Mara Quist took Tomas Reyes's side in the quarrel.",
  ])('gives SUPPORTS for "%s"', (text) => {
    expect(stanceTriples(text, people)).toEqual(SUPPORTS);
  });

  it.each([
    "Mara Quist came to Tomas Reyes's house for dinner.",
    "Mara Quist took Tomas Reyes's seat in the Senate.",
    "Mara Quist did not come to Tomas Reyes's defence.",
    "Mara Quist refused to sing Tomas Reyes's praises.",
  ])('gives no stance for "%s"', (text) => {
    expect(stanceTriples(text, people)).toEqual([]);
  });
});
