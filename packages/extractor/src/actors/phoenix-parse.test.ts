import { describe, expect, it } from 'vitest';
import { classifyRecord } from './actor-table.js';
import { nameWords } from './name-words.js';
import { parsePhoenix, phoenixDate } from './phoenix-parse.js';

const DICT = [
  '# a made-up dictionary',
  'MARTA_KOVALENKO_  # CountryInfo.txt',
  '+MARTA_I._KOVALENKO',
  '+PREMIER_MARTA_KOVALENKO',
  '\t[UKRELI 700101-100301]',
  '\t[UKRGOV 100301-150601] [UKRGOV >180101]',
  '\t[UKRELI]',
  'NORDIC_FISHERIES_COUNCIL_ [IGOFSH]',
  '+NFC_',
  'ARKANIA_  [ARK]',
].join('\n');
const ROLE_CODES = new Set(['GOV', 'ELI', 'IGO', 'MIL']);

describe('parsePhoenix', () => {
  it('reads names, synonyms and dated roles, defaults last', () => {
    const [person, org] = parsePhoenix(DICT, { where: 'test.txt' });
    expect(person?.name).toEqual(['MARTA', 'KOVALENKO']);
    expect(person?.synonyms).toHaveLength(2);
    expect(person?.roles).toEqual([
      { code: 'UKRELI', from: 19700101, to: 20100301 },
      { code: 'UKRGOV', from: 20100301, to: 20150601 },
      { code: 'UKRGOV', from: 20180101, to: 0 },
      { code: 'UKRELI', from: 0, to: 0 },
    ]);
    expect(org?.roles).toEqual([{ code: 'IGOFSH', from: 0, to: 0 }]);
  });

  it('reads two-digit years below 30 as 20YY and eight-digit dates as written', () => {
    expect(phoenixDate('970502')).toBe(19970502);
    expect(phoenixDate('070627')).toBe(20070627);
    expect(phoenixDate('19270101')).toBe(19270101);
    expect(phoenixDate('2010050')).toBeUndefined();
  });

  it('names the file and line of a malformed role', () => {
    expect(() => parsePhoenix('JOHN_DOE_\n\t[USAGOV 12-x]', { where: 'mine.txt' })).toThrow(
      /malformed role restriction/,
    );
    try {
      parsePhoenix('JOHN_DOE_\n\t[USAGOV 12-x]', { where: 'mine.txt' });
    } catch (error) {
      expect((error as { where?: string }).where).toBe('mine.txt:2');
    }
    expect(
      parsePhoenix('JOHN_DOE_\n\t[USAGOV 12-x]', { where: 'm', lenient: true })[0]?.roles,
    ).toEqual([]);
  });
});

describe('classifyRecord', () => {
  const records = parsePhoenix(DICT, { where: 'test.txt' });
  it('keeps a person with clean aliases, not the titled one', () => {
    const person = classifyRecord(records[0]!, nameWords(), ROLE_CODES);
    expect(person).toMatchObject({
      type: 'Person',
      name: 'Marta Kovalenko',
      aliases: ['Marta I. Kovalenko'],
    });
  });
  it('reads an organization by its head word and leaves a state out', () => {
    expect(classifyRecord(records[1]!, nameWords(), ROLE_CODES)).toMatchObject({
      type: 'Organization',
      name: 'Nordic Fisheries Council',
    });
    expect(classifyRecord(records[2]!, nameWords(), ROLE_CODES)).toBeUndefined();
  });
});
