import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const quotes = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).quotes.map((q) => [q.speakerId, q.text]);

describe('speakers named past descriptive words', () => {
  it('finds the name after a speech verb and a lower-case job description', () => {
    expect(
      quotes(
        '"The court worries me most," said Ohio software executive Tomas Rieger, who backed Lind.',
      ),
    ).toEqual([['person:tomas-rieger', 'The court worries me most,']]);
  });

  it('does not cross a preposition to a name the description is about', () => {
    expect(quotes('"We will see," said a spokesman for Mara Lind.')).toEqual([]);
  });

  it('reads "according to" past a title that is no name of its own', () => {
    expect(
      quotes(
        'Company spokesman Lars Ekholm spoke on Monday. According to Mr Ekholm, the firm "was not going to sell the plant anyway".',
      ),
    ).toEqual([['person:lars-ekholm', 'was not going to sell the plant anyway']]);
  });
});

describe('subjects set off from their speech verb', () => {
  it('skips a party-and-state parenthesis between the name and the verb', () => {
    expect(
      quotes('Gov. Mara Lind (D-OR), said, "We are going to win this state in November."'),
    ).toEqual([['person:mara-lind', 'We are going to win this state in November.']]);
  });

  it('takes the name in an apposition before the verb, with its "of" phrase', () => {
    expect(
      quotes(
        'The head of the panel, Ambassador Lars Ekholm of Norway, warned that there was "still a long road to walk".',
      ),
    ).toEqual([['person:lars-ekholm', 'still a long road to walk']]);
  });
});

describe('participles and colons', () => {
  it('gives "adding:" the speaker of the speech verb just before it', () => {
    expect(
      quotes(
        'Tomas Rieger praised the crowd. "They came out in mass," Rieger said, adding: "They will help everybody."',
      ),
    ).toEqual([
      ['person:tomas-rieger', 'They came out in mass,'],
      ['person:tomas-rieger', 'They will help everybody.'],
    ]);
  });

  it('lets a conjunction open the sentence before the subject of a participle', () => {
    expect(
      quotes(
        'And then Mara Lind went on the attack, saying, "Is the governor going to resign over this?"',
      ),
    ).toEqual([['person:mara-lind', 'Is the governor going to resign over this?']]);
  });

  it('gives a quote after "Name:" to that person', () => {
    expect(
      quotes(
        'Soon after the vote Mara Lind tweeted about it. Mara Lind: "Thank you for the support of all our voters."',
      ),
    ).toEqual([['person:mara-lind', 'Thank you for the support of all our voters.']]);
  });

  it('does not give a quote after "told Name:" to the one told', () => {
    expect(
      quotes(
        'Mara Lind spoke. She told Tomas Rieger: "Do not tell lies, Tomas, you have told too many."',
      ),
    ).toEqual([['person:mara-lind', 'Do not tell lies, Tomas, you have told too many.']]);
  });
});

describe('quotes cut off by a new opening mark', () => {
  it('carries the speaker to the quote that opens where an unclosed one stops', () => {
    expect(
      quotes(
        [
          'Mara Lind said the plan was of "great value to the whole region".',
          '"We are stating a plain principle that the region is open to all. "On the contrary, if it keeps the rules, then all can work together."',
        ].join('\n\n'),
      ),
    ).toEqual([
      ['person:mara-lind', 'great value to the whole region'],
      ['person:mara-lind', 'We are stating a plain principle that the region is open to all.'],
      ['person:mara-lind', 'On the contrary, if it keeps the rules, then all can work together.'],
    ]);
  });
});

describe('pronoun and relative subjects', () => {
  it('gives "and said" the pronoun that opens the main clause', () => {
    expect(
      quotes(
        'Tomas Rieger spoke first.\n\nYears ago, he backed Ana Ruiz over Tom Berg and said, "Ruiz has never done anything for us."',
      ),
    ).toEqual([['person:tomas-rieger', 'Ruiz has never done anything for us.']]);
  });

  it('gives a participle the pronoun subject of its sentence', () => {
    expect(
      quotes(
        'Mara Lind spoke on Monday. She also issued a statement on the subject, saying, "I think the governor should not be so sure."',
      ),
    ).toEqual([['person:mara-lind', 'I think the governor should not be so sure.']]);
  });

  it('reads "who" before a speech verb as the name before it', () => {
    expect(
      quotes(
        'Among the posts was one from Tomas Rieger who tweeted, "You see, they never follow the rules."',
      ),
    ).toEqual([['person:tomas-rieger', 'You see, they never follow the rules.']]);
  });
});

describe('clause subjects among several names', () => {
  it('takes the name after an introductory clause as the subject of "and said"', () => {
    expect(
      quotes(
        'Asked on Monday whether Mr. Berg would hold a post, Mrs. Ruiz shook her head and said, "No."',
      ),
    ).toEqual([['person:ruiz', 'No.']]);
  });

  it('reads a participle after a quote that ends with its comma', () => {
    expect(
      quotes('Tom Kerpen mocked the TV "expert," saying, "An expert who posts on request!"'),
    ).toEqual([['person:tom-kerpen', 'An expert who posts on request!']]);
  });

  it('reads a participle whose object stands before the quote', () => {
    expect(
      quotes(
        'Mara Lind offered a sharp retort online, tweeting at him, "you are not just a loser, you are a whiner."',
      ),
    ).toEqual([['person:mara-lind', 'you are not just a loser, you are a whiner.']]);
  });
});

describe('participles after a main clause', () => {
  it('does not give a participle to the object of a speech verb before the comma', () => {
    expect(
      quotes('Ana Ruiz criticised Tom Berg, saying "he has lost the trust of the voters".'),
    ).toEqual([['person:ana-ruiz', 'he has lost the trust of the voters']]);
  });

  it('gives a participle the actor opening the main clause, past a relative clause', () => {
    expect(
      quotes(
        'The south of the island is a member, but Norway, which holds the north, had insisted it would not yield, calling the issue a "red line".',
      ),
    ).toEqual([['state:NOR', 'red line']]);
  });
});

describe('"goes on to say"', () => {
  it('gives the quote to the subject before "goes on to"', () => {
    expect(
      quotes(
        'Mara Lind spoke to farmers on Monday.\n\nLind goes on to say: "Our rivals want to cut every school budget in the state."',
      ),
    ).toEqual([['person:mara-lind', 'Our rivals want to cut every school budget in the state.']]);
  });
});

describe('"according to the" and a name', () => {
  it('reads past "the" to the body it names', () => {
    expect(
      quotes('According to the Washington Post, “the plan will flood the coast within a decade.”'),
    ).toEqual([['org:washington-post', 'the plan will flood the coast within a decade.']]);
  });

  it('gives nothing to a description no one is named by', () => {
    expect(
      quotes('According to the ministry, “the plan will flood the coast within a decade.”'),
    ).toEqual([]);
  });
});

describe('a name in apposition to someone else’s aide', () => {
  it('gives the quote to the aide named after the possessive, not the possessor', () => {
    expect(
      quotes(
        'Talks went on. “We will win the vote,” Senator Mara Lind’s chief of staff, Joe Okafor, told reporters.',
      ),
    ).toEqual([['person:joe-okafor', 'We will win the vote,']]);
  });

  it('keeps the speaker when the apposition describes the speaker', () => {
    expect(
      quotes('Talks went on. “We will win the vote,” Mara Lind, a senator, told reporters.'),
    ).toEqual([['person:mara-lind', 'We will win the vote,']]);
  });
});
