import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { readActors } from './actor-index.js';
import { classifyRecord } from './actor-table.js';
import { nameWords } from './name-words.js';
import { parsePhoenix } from './phoenix-parse.js';

// Made-up people in a made-up dictionary, so that the tests do not lean on the bundled table.
const DICT = [
  'GRACE_OKONKWARA_  # CountryInfo.txt',
  '+OKONKWARA',
  '+MR_OKONKWARA',
  '+VELDORIA',
  '\t[NGAGOV 100101-191231]',
  '\t[NGAELI]',
  'ANSELM_TARVELLO_  # CountryInfo.txt',
  '+TARVELLO',
  '\t[ITAGOV 020101-061231]',
  'BRUNA_TARVELLO_  # CountryInfo.txt',
  '+TARVELLO',
  '\t[ITAGOV 120101-151231]',
].join('\n');
const actors = readActors(DICT, 'test.txt');

function people(text: string, publishedAt?: string) {
  const doc = extract(text, { id: 't', ...(publishedAt ? { publishedAt } : {}) }, { actors });
  return doc.entities.filter((e) => e.type === 'Person');
}

describe('classifyRecord one-word aliases', () => {
  it('keeps a one-word synonym that is a word of the name, not one that is not', () => {
    const [record] = parsePhoenix(DICT, { where: 'test.txt' });
    const actor = classifyRecord(record!, nameWords(), new Set(['GOV', 'ELI']));
    expect(actor?.aliases).toContain('Okonkwara');
    expect(actor?.aliases).not.toContain('Veldoria');
  });
});

describe('hintLoneNames', () => {
  it('takes a lone table name at the start of a sentence for its person', () => {
    const found = people('Talks\n\nOkonkwara rejected the plan on Monday.');
    expect(found.map((p) => p.id)).toEqual(['person:grace-okonkwara']);
    expect(found[0]?.name).toBe('Grace Okonkwara');
  });

  it('takes a lone table name as the object of a verb or after "by"', () => {
    expect(people('Talks\n\nThe senator endorsed Okonkwara for president.').length).toBe(1);
    expect(people('Talks\n\nThe plan was rejected by Okonkwara on Monday.').length).toBe(1);
  });

  it('ends the name before a curly possessive', () => {
    const found = people('Talks\n\nThe remarks angered Okonkwara’s allies in the capital.');
    expect(found[0]?.mentions.map((m) => m.text)).toEqual(['Okonkwara']);
  });

  it('joins a lone name to the full name the article gives', () => {
    const found = people(
      'Talks\n\nGrace Okonkwara arrived in the capital. Later Okonkwara rejected the plan.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.mentions).toHaveLength(2);
  });

  it('leaves a lone name two table people share alone when no date decides', () => {
    expect(people('Talks\n\nThe senator endorsed Tarvello on Monday.')).toEqual([]);
  });

  it('passes over a namesake whose first role begins after the article date', () => {
    const found = people('Talks\n\nThe senator endorsed Tarvello on Monday.', '2009-06-01');
    expect(found.map((p) => p.id)).toEqual(['person:anselm-tarvello']);
  });

  it('picks the one of two namesakes in office on the article date', () => {
    const found = people('Talks\n\nThe senator criticised Tarvello on Monday.', '2013-03-01');
    expect(found.map((p) => p.id)).toEqual(['person:bruna-tarvello']);
  });

  it('makes no person of a lone capitalised word the table does not know', () => {
    expect(people('Talks\n\nThe senator endorsed Veldoria on Monday.')).toEqual([]);
    expect(people('Talks\n\nThe senator endorsed Brexit on Monday.')).toEqual([]);
  });
});
