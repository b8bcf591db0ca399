import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

/**
 * Whole articles written for these tests in several house styles, with every quote and its
 * speaker, so that a change to one rule shows what it does to the others.
 */
const quotes = (text: string, headline: boolean): Array<[string, string]> =>
  analyze(text, { headline }).quotes.map((q) => [q.speakerId, q.text.replace(/\s+/g, ' ')]);

describe('quotes in whole articles of several house styles', () => {
  it('a Reuters wire story of the 1980s: hard-wrapped lines, indented paragraphs, a quote over two paragraphs', () => {
    const text =
      'SPAIN SAYS TARIFF DISPUTE WITH U.S. CAN BE SETTLED\n\nMADRID, March 4 - Spain\'s Trade Minister Luis Ortega said\nthe dispute with the United States over farm tariffs could be\nsettled before the end of the month.\n    "We are not far apart. Both sides want an agreement and I\nbelieve we will have one," Ortega told a news conference.\n    He said Spanish negotiators would travel to Washington next\nweek.\n    "The American side has shown flexibility on corn, which was\nthe main obstacle," he added.\n    U.S. Trade Representative Clayton Yeutter said last week\nthe United States would impose tariffs of up to 200 pct on\nEuropean goods if no deal was reached.\n    A spokesman for the European Commission said: "The\nCommission is following the talks closely and supports a\nnegotiated solution."\n    Ortega said Spain had made its last offer. "We cannot go\nfurther than this. If Washington wants a trade war, it will not\nbe our doing.\n    "But I am confident it will not come to that," he said.\n REUTER\n';
    expect(quotes(text, true)).toEqual([
      [
        'person:luis-ortega',
        'We are not far apart. Both sides want an agreement and I believe we will have one,',
      ],
      [
        'person:luis-ortega',
        'The American side has shown flexibility on corn, which was the main obstacle,',
      ],
      [
        'org:european-commission',
        'The Commission is following the talks closely and supports a negotiated solution.',
      ],
      [
        'person:luis-ortega',
        'We cannot go further than this. If Washington wants a trade war, it will not be our doing.',
      ],
      ['person:luis-ortega', 'But I am confident it will not come to that,'],
    ]);
  });

  it('a wire story with partial quotes, a colon after a verb and a participle after the attribution', () => {
    const text =
      'GREEK PREMIER WARNS OF RESPONSE TO ANY ATTACK\n\nATHENS, April 2 - Prime Minister Costas Mavros, speaking to\nparliament, said Greece was "ready to answer any aggressor" and\nwould not give up its rights in the Aegean.\n    Mavros, 68, said the armed forces had been put on alert.\n"Our forces are ready and they know their duty," the premier\nsaid.\n    Opposition leader Nikos Dimas accused the government of\n"dangerous theatrics" and said: "The prime minister is playing\nwith fire to win votes."\n    Government spokesman Petros Ioannou later told reporters\nthe premier\'s words had been "misunderstood abroad."\n    "Greece wants peace, but not peace at any price," Ioannou\nsaid, adding that Athens had informed NATO of its position.\n    Turkish officials in Ankara declined immediate comment.\n REUTER\n';
    expect(quotes(text, true)).toEqual([
      ['person:costas-mavros', 'ready to answer any aggressor'],
      ['person:costas-mavros', 'Our forces are ready and they know their duty,'],
      ['person:nikos-dimas', 'dangerous theatrics'],
      ['person:nikos-dimas', 'The prime minister is playing with fire to win votes.'],
      ['person:petros-ioannou', 'misunderstood abroad.'],
      ['person:petros-ioannou', 'Greece wants peace, but not peace at any price,'],
    ]);
  });

  it('a sports report: "said of", an age description and a pronoun after an introductory clause', () => {
    const text =
      'Coach Marco Silva praised his striker after the match against Leeds.\n\n"He was unbelievable today," Silva said of Kane. "I have never seen a player work so hard."\n\nKane, who scored twice, was more modest. "It\'s about the team, not me," the 24-year-old said.\n\nAsked about the referee, Silva smiled. "I don\'t talk about referees," he said.\n\nThe club\'s owner, Vera Holt, was in the stands. "A great day for this city," she wrote on social media.\n';
    expect(quotes(text, false)).toEqual([
      ['person:marco-silva', 'He was unbelievable today,'],
      ['person:marco-silva', 'I have never seen a player work so hard.'],
      ['person:kane', "It's about the team, not me,"],
      ['person:marco-silva', "I don't talk about referees,"],
      ['person:vera-holt', 'A great day for this city,'],
    ]);
  });

  it('two sides of a dispute, each answering the other with pronouns', () => {
    const text =
      'Talks between the union and the government collapsed on Thursday.\n\nUnion leader Sam Okafor blamed Labour Minister Greta Lind for the breakdown. "She walked out," he said. "We were ready to stay all night."\n\nLind rejected that account. "That is simply untrue," she told reporters. "They left first."\n';
    expect(quotes(text, false)).toEqual([
      ['person:sam-okafor', 'She walked out,'],
      ['person:sam-okafor', 'We were ready to stay all night.'],
      ['person:greta-lind', 'That is simply untrue,'],
      ['person:greta-lind', 'They left first.'],
    ]);
  });

  it('a British report: government bodies by the head of their names, a quote after a pronoun paragraph', () => {
    const text =
      'The Ministry of Defence confirmed on Sunday that two warships had left port.\n\n"Both vessels are on a routine exercise and will return next week," the ministry said in a statement.\n\nThe Bank of England kept rates on hold. "Inflation remains too high," the bank said.\n\nShadow chancellor Rachel Dunn was unconvinced.\n\n"This government has run out of ideas," she told the Guardian. "Families are paying the price."\n\nShe added that her party would publish its own plan.\n\n"We will set out a fully costed alternative in the spring."\n';
    expect(quotes(text, false)).toEqual([
      ['state:GBR', 'Both vessels are on a routine exercise and will return next week,'],
      ['state:GBR', 'Inflation remains too high,'],
      ['person:rachel-dunn', 'This government has run out of ideas,'],
      ['person:rachel-dunn', 'Families are paying the price.'],
      ['person:rachel-dunn', 'We will set out a fully costed alternative in the spring.'],
    ]);
  });

  it('a visit abroad: inverted attribution ("vowed Kowal"), "the minister", a quote split by its attribution', () => {
    const text =
      'Foreign Minister Anna Kowal arrived in Kyiv on Monday.\n\n"We will stand with you for as long as it takes," vowed Kowal.\n\n"There can be no peace without justice," she insisted.\n\nShe later met the president. "Our support is not a favour, it is an obligation," the minister told him.\n\n"This war must end," the minister said, "but not on the aggressor\'s terms."\n\nThe opposition was unimpressed. Its leader, Piotr Zalewski, said: "Words are cheap."\n';
    expect(quotes(text, false)).toEqual([
      ['person:anna-kowal', 'We will stand with you for as long as it takes,'],
      ['person:anna-kowal', 'There can be no peace without justice,'],
      ['person:anna-kowal', 'Our support is not a favour, it is an obligation,'],
      ['person:anna-kowal', 'This war must end,'],
      ['person:anna-kowal', "but not on the aggressor's terms."],
      ['person:piotr-zalewski', 'Words are cheap.'],
    ]);
  });
});
