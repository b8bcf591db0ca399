import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const quotes = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).quotes.map((q) => [q.speakerId, q.text.replace(/\s+/g, ' ')]);

describe('parentheticalSpeaker', () => {
  it('gives a quote to the speaker of a "said X of Y," between commas', () => {
    expect(
      quotes(
        'The comments, said Junya Tanase of the World Bank in Osaka, were "generally too weak to move the market".',
      ),
    ).toEqual([['person:junya-tanase', 'generally too weak to move the market']]);
  });

  it('does not reach past someone named after the parenthetical', () => {
    expect(
      quotes(
        'The comments, said Junya Tanase of the World Bank, prompted Tom Lever to call them "generally too weak to move the market".',
      ),
    ).toEqual([]);
  });
});

describe('colonSubject', () => {
  it('gives a quote after a colon to the subject of the clause the colon closes', () => {
    expect(
      quotes('Ana Ruiz had a clear message for the voters: "We will win this state in November."'),
    ).toEqual([['person:ana-ruiz', 'We will win this state in November.']]);
    expect(
      quotes(
        'Senator Ana Ruiz was there. She had one request for the crowd: "Go out and vote on Tuesday, all of you."',
      ),
    ).toEqual([['person:ana-ruiz', 'Go out and vote on Tuesday, all of you.']]);
  });

  it('leaves a colon quote alone when a possessor or a comma stands before the colon', () => {
    expect(
      quotes(
        'Ana Ruiz’s office had a clear message for the voters: "We will win this state in November."',
      ),
    ).toEqual([]);
    expect(
      quotes('Ana Ruiz, like many others, saw the sign: "We will win this state in November."'),
    ).toEqual([]);
  });
});

describe('spokespeople of a body', () => {
  it('gives the words of "a spokesman for X" to X, before or after the verb', () => {
    expect(
      quotes('"We have no plans to change the policy," a spokesman for the World Bank said.'),
    ).toEqual([['org:world-bank', 'We have no plans to change the policy,']]);
    expect(
      quotes('"We have no plans to change the policy," said a spokeswoman for the World Bank.'),
    ).toEqual([['org:world-bank', 'We have no plans to change the policy,']]);
  });

  it('gives "a company spokesman" to the body just named', () => {
    expect(
      quotes(
        'The World Bank cut its forecast. "We have no plans to change the policy," a bank spokesman said.',
      ),
    ).toEqual([['org:world-bank', 'We have no plans to change the policy,']]);
  });
});

describe('trailingAttribution', () => {
  it('gives a quote to the attribution after a later comma of its sentence', () => {
    expect(
      quotes('The decision was "unjustified" and should be reversed, Jacques Chirac said.'),
    ).toEqual([['person:jacques-chirac', 'unjustified']]);
    expect(
      quotes(
        'Such a move would have "dangerous consequences" for the region, said Jordanian Foreign Minister Ayman Safadi.',
      ),
    ).toEqual([['person:ayman-safadi', 'dangerous consequences']]);
    expect(
      quotes('Jacques Chirac spoke in Paris. The rebate was "unjustified" and had to go, he said.'),
    ).toEqual([['person:jacques-chirac', 'unjustified']]);
  });

  it('needs an attribution after the comma, not a clause that names someone', () => {
    expect(quotes('The so-called "reform package", which Jacques Chirac backed, passed.')).toEqual(
      [],
    );
    expect(
      quotes(
        'The "reform package" was passed on Monday, Jacques Chirac and his ministers having backed it.',
      ),
    ).toEqual([]);
  });
});

describe('passiveAgent', () => {
  it('gives the quote to the agent after "by", after the quote or after the verb', () => {
    expect(quotes('The move was described as "historic" by Benjamin Netanyahu.')).toEqual([
      ['person:benjamin-netanyahu', 'historic'],
    ]);
    expect(quotes('The decision was called "a grave mistake" by the Arab League.')).toEqual([
      ['org:arab-league', 'a grave mistake'],
    ]);
    expect(
      quotes('The plan, described by Ana Ruiz as "a disaster for farmers", was dropped.'),
    ).toEqual([['person:ana-ruiz', 'a disaster for farmers']]);
  });

  it('needs a passive verb: an active one keeps its subject', () => {
    expect(
      quotes('Ana Ruiz described the plan as "a disaster for farmers" by any measure.'),
    ).toEqual([['person:ana-ruiz', 'a disaster for farmers']]);
  });
});

describe('passive speech verbs with no agent, and "accused ... of"', () => {
  it('gives "accused X of" quotes to the accuser', () => {
    expect(
      quotes('Ana Ruiz accused the government of "betraying the workers of this country".'),
    ).toEqual([['person:ana-ruiz', 'betraying the workers of this country']]);
  });

  it('gives no speaker to a passive with no agent, never its subject', () => {
    expect(quotes('Ana Ruiz was accused of "betraying the workers of this country".')).toEqual([]);
    expect(
      quotes('Ana Ruiz was accused of "betraying the workers of this country" by Tom Lever.'),
    ).toEqual([['person:tom-lever', 'betraying the workers of this country']]);
  });
});

describe('subjectBefore: "quoted as saying", "responded by saying"', () => {
  it('steps over the words between the subject and the participle', () => {
    expect(
      quotes('Ana Ruiz was quoted as saying the union had "lost and deserved to lose".'),
    ).toEqual([['person:ana-ruiz', 'lost and deserved to lose']]);
    expect(
      quotes('Ana Ruiz responded by saying the union had "lost and deserved to lose".'),
    ).toEqual([['person:ana-ruiz', 'lost and deserved to lose']]);
  });
});
