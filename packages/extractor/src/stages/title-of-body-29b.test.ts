import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const found = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).entities.map((e) => [e.type, e.name]);

// Sentences written for these tests, with made-up company and person names.
describe('a lone name after a title and "of" is the body the title heads', () => {
  it('reads "CEO of X" as a company, not a person', () => {
    expect(found('The CEO of Kelvaro criticized the merger.')).toEqual([
      ['Organization', 'Kelvaro'],
    ]);
    expect(found('He met the CEO of Brinmoor on Monday.')).toEqual([['Organization', 'Brinmoor']]);
    expect(found('Ana Ruiz, CFO of Zentrix, resigned on Monday.')).not.toContainEqual([
      'Person',
      'Zentrix',
    ]);
  });

  it('types no one where the name modifies the noun after it', () => {
    const entities = found('Said Ana Ruiz, CEO of Kelvaro parent firm Brinmoor Silicon.');
    expect(entities).not.toContainEqual(['Person', 'Kelvaro']);
    expect(entities).not.toContainEqual(['Organization', 'Kelvaro']);
  });

  it('no longer takes "Chairman of X" for a person named X', () => {
    expect(found('The Chairman of Kelvaro resigned.')).not.toContainEqual(['Person', 'Kelvaro']);
  });

  it('still reads a portfolio and the holder after it', () => {
    expect(found('Secretary of State John Kerry said so.')).toEqual([['Person', 'John Kerry']]);
    expect(found('Minister of Finance Bill Birch said so.')).toEqual([['Person', 'Bill Birch']]);
  });

  it('still reads a lower-case title before a person', () => {
    expect(found('Chief executive Ana Ruiz said the plan would work.')).toContainEqual([
      'Person',
      'Ana Ruiz',
    ]);
  });
});

describe('a web address is no person', () => {
  it('types a web address beside a speech verb as an organization', () => {
    expect(found('Gerald Moran told FoxNews.com that he was wrong.')).toEqual([
      ['Person', 'Gerald Moran'],
      ['Organization', 'FoxNews.com'],
    ]);
  });

  it('leaves a one-word surname beside a speech verb a person', () => {
    expect(found('Moran told reporters that he was wrong.')).toEqual([['Person', 'Moran']]);
  });
});

describe('an initial joined to a particle is no web address', () => {
  it('leaves "A.de Silva" a person', () => {
    expect(found('A.de Silva said he was pleased.')).toContainEqual(['Person', 'A.de Silva']);
  });
});
