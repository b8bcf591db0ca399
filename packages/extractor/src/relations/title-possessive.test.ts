import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

/** LEADS / REPRESENTS / MEMBER_OF of made-up sentences, as "TYPE source target". */
function roles(text: string): string[] {
  return extract(`Headline\n\n${text}`, { id: 't' })
    .relations.filter((r) => ['LEADS', 'REPRESENTS', 'MEMBER_OF'].includes(r.type))
    .map((r) => `${r.type} ${r.source} ${r.target}`);
}

describe('a title owned by a name in apposition ("X, Y\'s title")', () => {
  it('reads "X, Britain\'s foreign minister," as representing Britain', () => {
    expect(roles("Tom Hale, Britain's foreign minister, said the talks failed.")).toEqual([
      'REPRESENTS person:tom-hale state:GBR',
    ]);
  });

  it('reads "X, the Green Party\'s deputy leader" as serving the party without heading it', () => {
    expect(roles("Tom Hale, the Green Party's deputy leader, said the talks failed.")).toEqual([
      'REPRESENTS person:tom-hale org:green-party',
      'MEMBER_OF person:tom-hale org:green-party',
    ]);
  });

  it('reads "X, Amnesty International\'s spokesman" as speaking for the organization', () => {
    expect(roles("Tom Hale, Amnesty International's spokesman, said it was wrong.")).toEqual([
      'REPRESENTS person:tom-hale org:amnesty-international',
      'MEMBER_OF person:tom-hale org:amnesty-international',
    ]);
  });

  it('gives nothing for words that are no title, or a title that does not end the apposition', () => {
    expect(roles("Tom Hale, Britain's most famous actor, said the talks failed.")).toEqual([]);
    expect(roles("Tom Hale, the Green Party's leader in Paris, said the talks failed.")).toEqual(
      [],
    );
  });
});

describe('a titled name followed by "of" its holder', () => {
  it('reads "Ambassador X of Norway" as representing Norway', () => {
    expect(roles('The chair, Ambassador Lars Berg of Norway, said talks would resume.')).toEqual([
      'REPRESENTS person:lars-berg state:NOR',
    ]);
  });

  it('reads "President X of Peru and President Y of Chile" each with his own state', () => {
    const found = roles('President Ana Soto of Peru and President Luis Vera of Chile met.');
    expect(found).toContain('LEADS person:ana-soto state:PER');
    expect(found).toContain('LEADS person:luis-vera state:CHL');
    expect(found).not.toContain('LEADS person:ana-soto state:CHL');
  });
});

describe('a party known by its name', () => {
  it('"party leader X" leads the one "... Party" the article names, though nothing marked its kind', () => {
    expect(roles('Party leader Kate Hale said the Green Party would win.')).toEqual([
      'LEADS person:kate-hale org:green-party',
      'MEMBER_OF person:kate-hale org:green-party',
    ]);
  });

  it('gives no party when the article names two', () => {
    const text = 'The Green Party and the Labour Party met. Party leader Kate Hale spoke.';
    expect(roles(text)).toEqual([]);
  });
});

describe('a title before the next name in a list', () => {
  it('is not given to the person listed before it ("Mr Hale, MEP Ann Dove and party leader Rob Kent")', () => {
    const text =
      'The Green Party met. A row broke out between Mr Hale, MEP Ann Dove and party leader Rob Kent.';
    expect(roles(text)).not.toContain('LEADS person:hale org:green-party');
  });

  it('still gives the later names of the list their own titles', () => {
    const text =
      'The Green Party met in the European Parliament. A row broke out between Mr Hale, MEP Ann Dove and party leader Rob Kent.';
    const found = roles(text);
    expect(found).toContain('MEMBER_OF person:ann-dove org:european-parliament');
    expect(found).toContain('LEADS person:rob-kent org:green-party');
  });
});

describe('a plural title before a list of "name of holder"', () => {
  it('gives each listed person the title and his own holder', () => {
    const found = roles(
      'Presidents Ana Soto of Peru, Vladimir Putin of Russia and Jacob Zuma of South Africa met.',
    );
    expect(found).toContain('LEADS person:vladimir-putin state:RUS');
    expect(found).toContain('LEADS person:jacob-zuma state:ZAF');
    expect(found).not.toContain('LEADS person:jacob-zuma state:RUS');
  });

  it('gives nothing to a list without a title', () => {
    expect(roles('Tom Hale of Peru and Ann Dove of Chile met in Lima.')).toEqual([]);
  });
});

describe('a possessive title with its portfolio', () => {
  it('reads "X, the Labour Party\'s spokesman on health," as speaking for the party', () => {
    expect(
      roles("Tom Hale, the Labour Party's spokesman on health, said the talks failed."),
    ).toContain('REPRESENTS person:tom-hale org:labour-party-uk');
  });
});

describe('premodifierHolder', () => {
  it('gives "X, a NATO spokesman," and "X, an Exxon spokesman," to the name before the title', () => {
    expect(roles('Tom Hale, a NATO spokesman, said the talks failed.')).toEqual([
      'REPRESENTS person:tom-hale org:nato',
    ]);
    expect(roles('Tom Hale, an Exxon spokesman, said the talks failed.')).toEqual([
      'REPRESENTS person:tom-hale org:exxon',
      'MEMBER_OF person:tom-hale org:exxon',
    ]);
  });

  it('leaves a title the apposition goes on to give another holder', () => {
    expect(
      roles('Tom Hale, a German member of the European Parliament, said the talks failed.'),
    ).not.toContain('REPRESENTS person:tom-hale state:DEU');
  });
});
