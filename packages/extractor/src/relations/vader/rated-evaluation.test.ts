import { describe, expect, it } from 'vitest';
import { extractRelations } from '../index.js';
import { STATES, analysisOf } from '../test-analysis.js';
import { personSpec, stanceTriples } from '../test-stance.js';

// Issue 10 item 3: judgements in attributed speech read with VADER's strongly rated adjectives
// (vader/rated-judgements.json) where the cue file lists no cue. Sentences written for these tests;
// each adjective below is rated by VADER and absent from cues.json.

const { france, russia, brazil } = STATES;
const ines = personSpec('ines-varga', 'Ines Varga', 'Varga');
const ends = [france, russia, brazil, ines];

const stances = (text: string): string[] => stanceTriples(text, ends);

describe('rated judgements: the judged act or plan of an actor', () => {
  it('reads a speech verb and a copula on what the actor did ("said Y\'s move was ...")', () => {
    expect(stances("Ines Varga said Russia's decision was destructive.")).toEqual([
      'OPPOSES person:ines-varga state:RUS',
    ]);
    expect(stances("Ines Varga said Brazil's offer was extremely generous.")).toEqual([
      'SUPPORTS person:ines-varga state:BRA',
    ]);
  });

  it('reads the act noun in the plural ("Y\'s policies were ...")', () => {
    expect(stances("Ines Varga said Russia's policies were destructive.")).toEqual([
      'OPPOSES person:ines-varga state:RUS',
    ]);
  });

  it('reads "called Y\'s plan ..." with or without quote marks', () => {
    expect(stances("Ines Varga called Russia's proposal 'fraudulent'.")).toEqual([
      'OPPOSES person:ines-varga state:RUS',
    ]);
    expect(stances("Ines Varga called Brazil's plan courageous and effective.")).toEqual([
      'SUPPORTS person:ines-varga state:BRA',
    ]);
  });

  it('reads the actor itself only after a verb of judging ("described Y as ...")', () => {
    expect(stances('Ines Varga described Russia as arrogant.')).toEqual([
      'OPPOSES person:ines-varga state:RUS',
    ]);
    expect(stances('Ines Varga called Brazil honorable.')).toEqual([
      'SUPPORTS person:ines-varga state:BRA',
    ]);
  });
});

describe('rated judgements: what they do not judge', () => {
  it('gives nothing for a state of the actor after a speech verb ("said Y was hopeful")', () => {
    expect(stances('Ines Varga said Russia was hopeful.')).toEqual([]);
    expect(stances('Ines Varga said Brazil was confident.')).toEqual([]);
  });

  it('gives nothing when the adjective does not end the predicate', () => {
    expect(stances("Ines Varga said Russia's decision was destructive for farmers.")).toEqual([]);
    expect(stances("Ines Varga said Brazil's offer was more generous than before.")).toEqual([]);
  });

  it('gives nothing for a thing of the actor that is no act or plan', () => {
    expect(stances("Ines Varga said Russia's winter was horrible.")).toEqual([]);
  });

  it('gives nothing when negated, weakened, modal or asked', () => {
    expect(stances("Ines Varga said Russia's decision was not destructive.")).toEqual([]);
    expect(stances("Ines Varga said Russia's decision was hardly destructive.")).toEqual([]);
    expect(stances("Ines Varga said Russia's decision could be destructive.")).toEqual([]);
    expect(stances("Did Ines Varga call Russia's decision destructive?")).toEqual([]);
  });

  it('does not read the adjective before a noun ("a destructive decision")', () => {
    expect(stances("Ines Varga said Russia's decision was a destructive one.")).toEqual([]);
  });
});

describe('rated judgements beside the cue file', () => {
  it('leaves a word the cue file lists to the cue file ("said Y was dangerous")', () => {
    expect(stances('Ines Varga said Russia was dangerous.')).toEqual([
      'OPPOSES person:ines-varga state:RUS',
    ]);
  });
});

describe('rated judgements in a quote', () => {
  const quoted = (text: string, words: string): string[] =>
    extractRelations(analysisOf(text, ends, [], [{ text: words, speakerId: ines.id }]), {})
      .filter((r) => r.type === 'OPPOSES' || r.type === 'SUPPORTS')
      .map((r) => `${r.type} ${r.source} ${r.target}`)
      .sort();

  it("takes the speaker as judge of an actor's act", () => {
    expect(
      quoted(
        '"Russia\'s decision is murderous," Ines Varga said.',
        "Russia's decision is murderous,",
      ),
    ).toEqual(['OPPOSES person:ines-varga state:RUS']);
  });

  it('gives nothing for the actor itself or a negated judgement', () => {
    expect(quoted('"Russia is hopeful," Ines Varga said.', 'Russia is hopeful,')).toEqual([]);
    expect(
      quoted(
        '"Russia\'s decision is not murderous," Ines Varga said.',
        "Russia's decision is not murderous,",
      ),
    ).toEqual([]);
  });
});
