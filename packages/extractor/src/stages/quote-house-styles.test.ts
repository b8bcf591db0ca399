import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const quotes = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).quotes.map((q) => [q.speakerId, q.text.replace(/\s+/g, ' ')]);

describe('quotes over several paragraphs', () => {
  it('gives the parts before the attribution to the speaker named at the end', () => {
    const text = [
      'The mayor of Riverton, Carla Jimenez, spoke at length about the flood on Tuesday.',
      '"The water came up faster than anyone expected. We had people on roofs within an hour.',
      '"We will rebuild every house that was lost.',
      '"But we need help from the state, and we need it now," she said.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      [
        'person:carla-jimenez',
        'The water came up faster than anyone expected. We had people on roofs within an hour.',
      ],
      ['person:carla-jimenez', 'We will rebuild every house that was lost.'],
      ['person:carla-jimenez', 'But we need help from the state, and we need it now,'],
    ]);
  });

  it('leaves an unclosed paragraph alone when the next paragraph is not its continuation', () => {
    const text = [
      'The mayor of Riverton, Carla Jimenez, spoke about the flood on Tuesday.',
      '"The water came up faster than anyone expected, and we had people on roofs.',
      'Officials in the county said the damage was worse than in 1998.',
      '"We need help from the state now," said Tomas Ekberg, a county engineer.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([['person:tomas-ekberg', 'We need help from the state now,']]);
  });
});

describe('organizations referred to by the last word of their name', () => {
  it('gives "the agency said" to the agency named before', () => {
    const text =
      'The Food Safety Agency said it would review its guidance. "We take every report seriously and act on it," the agency said.';
    expect(quotes(text)).toEqual([
      ['org:food-safety-agency', 'We take every report seriously and act on it,'],
    ]);
  });

  it('takes the word before "of" as the head of a name ("the authority", "Harbour Authority of Tallinn")', () => {
    const text =
      'The Harbour Authority of Tallinn closed the port. "No ship will leave before the storm has passed," the authority said.';
    expect(quotes(text)).toEqual([
      ['org:harbour-authority-of-tallinn', 'No ship will leave before the storm has passed,'],
    ]);
  });

  it('does not reach back to an organization named many paragraphs before', () => {
    const text = [
      'The Port Employers Federation met on Monday.',
      'Dock workers began a strike.',
      'Shipping lines cancelled sailings.',
      'Exporters counted the cost.',
      'Lorries queued for miles.',
      '"We are ready to talk at any time and any place," the federation said.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([]);
  });

  it('does not take a common noun that ends no organization name as a speaker', () => {
    expect(
      quotes(
        'The Food Safety Agency met. "We expect the rules to change very soon," the board said.',
      ),
    ).toEqual([]);
  });
});

describe('age descriptions', () => {
  it('gives "the 45-year-old told reporters" to the person the text is about', () => {
    const text = [
      'Former boxer Ray Dunmore was cleared of all charges on Friday.',
      '"I have done nothing wrong and today proves it," the 45-year-old told reporters.',
      '"Now I want to go home to my family," said the 45-year-old.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      ['person:ray-dunmore', 'I have done nothing wrong and today proves it,'],
      ['person:ray-dunmore', 'Now I want to go home to my family,'],
    ]);
  });

  it('finds no one when no person was named', () => {
    expect(
      quotes('"I have done nothing wrong and today proves it," the 45-year-old told reporters.'),
    ).toEqual([]);
  });
});

describe('a titled name and a colon', () => {
  it('gives the quote to a name that opens the sentence after its capitalised title', () => {
    expect(
      quotes('Environment Minister Ola Brekke: "This is the most important law of the decade."'),
    ).toEqual([['person:ola-brekke', 'This is the most important law of the decade.']]);
  });

  it('still leaves the one told out: `she told Environment Minister Ola Brekke:`', () => {
    expect(
      quotes(
        'Senator Ilse Varga met her in Oslo. She told Environment Minister Ola Brekke: "This law is a disgrace to us all."',
      ),
    ).not.toContainEqual(['person:ola-brekke', 'This law is a disgrace to us all.']);
  });
});

describe('short quotes that are sentences of their own', () => {
  it('gives a quoted sentence of one to three words to the speaker just quoted', () => {
    expect(
      quotes(
        '"You think I am going to change now?" Ana Ruiz said at a news conference. "I\'m not changing."',
      ),
    ).toEqual([
      ['person:ana-ruiz', 'You think I am going to change now?'],
      ['person:ana-ruiz', "I'm not changing."],
    ]);
  });

  it('takes a capitalised name quoted as a sentence after an attribution as speech, not a title', () => {
    expect(
      quotes('"We have one common enemy," Lars Holm told delegates on Friday. "Petra Sand."'),
    ).toEqual([
      ['person:lars-holm', 'We have one common enemy,'],
      ['person:lars-holm', 'Petra Sand.'],
    ]);
  });

  it('still takes a short quote inside a sentence as a scare quote', () => {
    expect(
      quotes(
        '"We will vote against it," Lars Holm said. He left the hall in "a hurry" after that.',
      ),
    ).toEqual([['person:lars-holm', 'We will vote against it,']]);
  });

  it('gives a short quoted sentence no speaker when no one was just quoted', () => {
    expect(quotes('The hall went quiet.\n\n"Never again."\n\nThe vote was held at noon.')).toEqual(
      [],
    );
  });
});

describe('a speaker named in the sentence after the quote', () => {
  it('gives a lead quote to the person the next sentence opens with, saying something', () => {
    const text = [
      'The court ruled against the farmers on Monday.',
      '"It is a sad day for everyone who works the land." Mia Lund, head of the growers\' union, said her members would appeal.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      ['person:mia-lund', 'It is a sad day for everyone who works the land.'],
    ]);
  });

  it('does not when the quote follows other sentences of its paragraph', () => {
    const text =
      'The court ruled against the farmers on Monday. Leaflets appeared overnight. "The minister lied to all of us." Mia Lund said the claim was false.';
    expect(quotes(text)).toEqual([]);
  });

  it('does not when the next sentence opens with someone who says nothing', () => {
    const text = [
      'The court ruled against the farmers on Monday.',
      '"It is a sad day for everyone who works the land." Mia Lund left the court without a word.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([]);
  });
});

describe('an introductory phrase before the subject', () => {
  it('takes no speaker from a phrase that opens with a preposition and ends at a comma', () => {
    expect(
      quotes(
        'In response to the plan to close the borders of Germany, the senator\'s chief aide rallied supporters, saying: "We have to be ready to stop him."',
      ),
    ).toEqual([]);
  });

  it('also after a dateline and its dash', () => {
    expect(
      quotes(
        'BERLIN (AP) — In response to the plan to close the borders of Germany, the senator\'s chief aide rallied supporters, saying: "We have to be ready to stop him."',
      ),
    ).toEqual([]);
  });

  it('still finds the subject after such a phrase', () => {
    expect(
      quotes(
        'In response to the plan to close the borders of Germany, Olaf Brandt rallied supporters, saying: "We have to be ready to stop him."',
      ),
    ).toEqual([['person:olaf-brandt', 'We have to be ready to stop him.']]);
  });
});

describe('a quote whose sentence names another actor after it', () => {
  it('is not given to the speaker of the paragraph before', () => {
    const text = [
      'In an interview with the talk host Mara Quist, Ana Ruiz answered questions about her plan.',
      '"The papers say you told them something else in January," Quist began.',
    ].join('\n\n');
    expect(quotes(text)).not.toContainEqual([
      'person:ana-ruiz',
      'The papers say you told them something else in January,',
    ]);
  });

  it('still carries the speaker on when nobody else is named', () => {
    const text = [
      'Ana Ruiz said on Monday that she would stand again.',
      '"I have never been more certain of anything in my life."',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      ['person:ana-ruiz', 'I have never been more certain of anything in my life.'],
    ]);
  });
});

describe('"the president" after the president of a body', () => {
  const opening =
    'President Rosa Leal spoke in Lima on Saturday after a round of golf with World Bank President Jon Okafor.';

  it('takes a bare "the president" for the head of state named before', () => {
    expect(
      quotes(
        `${opening} "We may have to do it in small steps," the president said in an interview.`,
      ),
    ).toEqual([['person:rosa-leal', 'We may have to do it in small steps,']]);
  });

  it('takes "the World Bank president" for the president of the bank', () => {
    expect(
      quotes(`${opening} "We may have to do it in small steps," the World Bank president said.`),
    ).toEqual([['person:jon-okafor', 'We may have to do it in small steps,']]);
  });

  it('takes a bare "the president" for the president of a body when no one else holds the title', () => {
    expect(
      quotes(
        'World Bank President Jon Okafor spoke in Lima. "We may have to do it in small steps," the president said.',
      ),
    ).toEqual([['person:jon-okafor', 'We may have to do it in small steps,']]);
  });
});

describe('a description that repeats someone introduced as "a ..."', () => {
  it('gives "the aide added" after "a senior aide said" to no one', () => {
    const text = [
      'Senator Ilse Varga spoke to donors in Chicago on Monday.',
      'A senior aide said the campaign had raised $4 million. "We are ahead of where we expected to be," the aide added.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([]);
  });

  it('still refers "the senator" back to the senator named before', () => {
    const text = [
      'Senator Ilse Varga spoke to donors in Chicago on Monday.',
      'A senior aide said the campaign had raised $4 million. "We are ahead of where we expected to be," the senator added.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      ['person:ilse-varga', 'We are ahead of where we expected to be,'],
    ]);
  });
});

describe('capitalised words that hand over to an attribution', () => {
  it('takes a Title Case quote that opens its sentence and ends in a comma as speech', () => {
    expect(quotes('"Growing Party," Ana Ruiz declared in a post after the vote.')).toEqual([
      ['person:ana-ruiz', 'Growing Party,'],
    ]);
  });

  it('still takes a Title Case quote inside a sentence as a title', () => {
    expect(
      quotes('Ana Ruiz said on "Growing Party," her weekly show, that she would run.'),
    ).toEqual([]);
  });
});

describe('"the group said" and other nouns for an organization', () => {
  it('refers back to the organization that opened a recent sentence', () => {
    const text =
      'Greenpeace, which has campaigned against the plant for years, was not convinced. "This is greenwashing and nothing else," the group said.';
    expect(quotes(text)).toEqual([['org:greenpeace', 'This is greenwashing and nothing else,']]);
  });

  it('does not refer to an organization named only inside a sentence', () => {
    const text =
      'The fine was the largest ever imposed on a member of Greenpeace. "This is greenwashing and nothing else," the group said.';
    expect(quotes(text)).toEqual([]);
  });

  it('does not when the noun came with "a" before', () => {
    const text =
      'Greenpeace staged a protest. A group of farmers joined them later. "This is greenwashing and nothing else," the group said.';
    expect(quotes(text)).toEqual([]);
  });
});

describe('a headline with a quote', () => {
  it('takes no quote from the headline and still reads the body', () => {
    const text = [
      "'We will fight on,' says defiant Harlow",
      'Opposition leader Grace Harlow vowed on Sunday to fight on after losing the vote.',
      '"They told me \'go home and be quiet\', and I said no," she said.',
    ].join('\n\n');
    expect(analyze(text, { headline: true }).quotes.map((q) => [q.speakerId, q.text])).toEqual([
      ['person:grace-harlow', "They told me 'go home and be quiet', and I said no,"],
    ]);
  });
});
