import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

/** LEADS / REPRESENTS / MEMBER_OF of one made-up sentence, as "TYPE source target". */
function roles(sentence: string, publishedAt?: string): string[] {
  const meta = { id: 't', ...(publishedAt ? { publishedAt } : {}) };
  return extract(`Headline\n\n${sentence}`, meta)
    .relations.filter((r) => ['LEADS', 'REPRESENTS', 'MEMBER_OF'].includes(r.type))
    .map((r) => `${r.type} ${r.source} ${r.target}`);
}

describe('titles of another body', () => {
  it('"head of research for a bank" serves the bank and heads no state', () => {
    const found = roles(
      'Maria Lind, head of research for Barclays Capital in London, said the United States would slow.',
    );
    expect(found).toContain('REPRESENTS person:maria-lind org:barclays-capital');
    expect(found.some((r) => r.startsWith('LEADS'))).toBe(false);
  });

  it('"head of research at <place>-based Y" serves Y and does not lead it', () => {
    for (const sentence of [
      'Li Wen, head of research at Shanghai-based Jadewell, said prices would rise.',
      'Tom Hale, director of strategy at the state-owned Gazprom, said prices would rise.',
    ]) {
      const found = roles(sentence);
      expect(found.some((r) => r.startsWith('REPRESENTS'))).toBe(true);
      expect(found.some((r) => r.startsWith('LEADS'))).toBe(false);
    }
    expect(roles('Tom Hale, chairman of Gazprom, said prices would rise.')).toContain(
      'LEADS person:tom-hale org:gazprom',
    );
  });

  it('an agency head leads the agency, not its state', () => {
    const found = roles(
      'Federal Reserve Board chairman Tom Hale said the United States would cut rates.',
    );
    expect(found).toContain('LEADS person:tom-hale org:federal-reserve');
    expect(found).not.toContain('LEADS person:tom-hale state:USA');
  });

  it('the head of a body the text leaves unnamed heads no state named later', () => {
    const found = roles(
      "Tom Hale, president of the organization that runs Germany's top league, spoke.",
    );
    expect(found).toEqual([]);
  });
});

describe('envoys to a body', () => {
  it('a delegate to a body represents his own state and is not its member', () => {
    for (const sentence of [
      "Canada's delegate to the GATT, Paul Mercer, said Canada would object.",
      "Paul Mercer, Canada's delegate to the GATT, said Canada would object.",
    ]) {
      const found = roles(sentence);
      expect(found).toContain('REPRESENTS person:paul-mercer state:CAN');
      expect(found.filter((r) => r.includes('org:'))).toEqual([]);
    }
  });

  it('an ambassador to a body before his name represents the state before the title', () => {
    const found = roles(
      'U.S. ambassador to the GATT Carl Novak said the United States would object.',
    );
    expect(found).toEqual(['REPRESENTS person:carl-novak state:USA']);
  });
});

describe('a head title the state does not use', () => {
  it("Britain's chancellor (of the Exchequer) represents Britain without heading it", () => {
    // Gordon Brown is in the bundled table as a member of the British government in 2004.
    const found = roles(
      'Chancellor of the Exchequer Gordon Brown said Britain would help Kenya.',
      '2004-06-01',
    );
    expect(found).toEqual(['REPRESENTS person:gordon-brown state:GBR']);
  });
});

describe('party membership', () => {
  it('"Republican senator X" is a member of the Republican Party the article names', () => {
    const found = roles('Republican senator Ruth Cole and the Republican Party opposed the bill.');
    expect(found).toContain('MEMBER_OF person:ruth-cole org:republican-party-us');
  });

  it('a state\'s name before a title is no party ("UK Prime Minister" beside UKIP)', () => {
    const found = roles(
      'UK Prime Minister Tony Blair and the UK Independence Party clashed.',
      '2004-06-01',
    );
    expect(found).not.toContain('MEMBER_OF person:tony-blair org:uk-independence-party');
  });

  it('"X, a member of Y" is a member of Y', () => {
    expect(roles('Omar Haddad, a member of the Labour Party, said Britain should wait.')).toContain(
      'MEMBER_OF person:omar-haddad org:labour-party-uk',
    );
  });
});

describe('a common noun for the body in the title', () => {
  it('"party leader X" leads the one party the article names', () => {
    const text = 'The Labour Party met in Leeds. Later, party leader Ada Quinn said it would grow.';
    expect(roles(text)).toContain('LEADS person:ada-quinn org:labour-party-uk');
  });

  it('"Company spokesman X" speaks for the company named in the sentence', () => {
    const found = roles(
      'BP walked away last year. Company spokesman Ian Cole said Exxon would not raise its bid.',
    );
    expect(found).toContain('REPRESENTS person:ian-cole org:exxon');
  });
});

describe('a state ending the sentence before a title', () => {
  it('does not own the title of the next sentence', () => {
    const found = roles(
      'He called the leaders of Peru and Chile. Chancellor Olaf Brandt said Germany would help.',
    );
    expect(found.some((r) => r.includes('state:CHL'))).toBe(false);
  });
});

describe('a title that names its body', () => {
  it('"MEP X" is a member of the European Parliament the article names', () => {
    const found = roles(
      'The European Parliament voted on Tuesday. MEP Lena Frost said Britain was wrong.',
    );
    expect(found).toContain('MEMBER_OF person:lena-frost org:european-parliament');
  });

  it('gives no membership when the article does not name the body', () => {
    expect(
      roles('MEP Lena Frost said Britain was wrong.').filter((r) => r.startsWith('MEMBER_OF')),
    ).toEqual([]);
  });
});

describe('a title of a body the article has no entity for', () => {
  it('"head of the populist X party" heads no state X describes', () => {
    const found = roles(
      'Greece voted. Nikos Vlachos, head of the populist Free Greeks party, said Greece would not pay.',
    );
    expect(found.filter((r) => r.startsWith('LEADS'))).toEqual([]);
  });

  it('"head of the Greek central bank" heads no state', () => {
    const found = roles('Nikos Vlachos, head of the Greek central bank, said Greece would pay.');
    expect(found).not.toContain('LEADS person:nikos-vlachos state:GRC');
  });

  it("the table's person in office elsewhere is no guess's head of the article's state", () => {
    // Jacques Chirac is in the bundled table (France); the article names only Germany.
    const text =
      'Germany waited. President Jacques Chirac said on Monday the talks would go on in Berlin.';
    expect(roles(text, '2004-06-01')).not.toContain('LEADS person:jacques-chirac state:DEU');
  });
});
