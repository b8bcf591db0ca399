import { describe, expect, it } from 'vitest';
import { parseGold } from './gold-schema.js';

const valid = {
  article: 'x.txt',
  entities: [
    { key: 'france', type: 'State', name: 'France', aliases: ['French'], required: true },
    { key: 'nato', type: 'Organization', name: 'NATO', aliases: [], required: true },
  ],
  relations: [
    { type: 'MEMBER_OF', source: 'france', target: 'nato', required: true, evidence: '...' },
    { type: ['SUPPORTS', 'COOPERATES_WITH'], source: 'nato', target: 'france', required: false },
    {
      type: 'QUOTES',
      source: '@article',
      target: 'france',
      required: true,
      alternatives: [['@article', 'nato']],
    },
  ],
  quotes: [{ speaker: 'france', text: 'Non.' }],
};

function thrown(value: unknown): Error & { code?: string; where?: string } {
  try {
    parseGold(value, 'dev/x.gold.json');
  } catch (error) {
    return error as Error & { code?: string; where?: string };
  }
  throw new Error('expected parseGold to throw');
}

describe('parseGold', () => {
  it('accepts the format of the guidelines, type lists and @article included', () => {
    expect(parseGold(valid, 'dev/x.gold.json').relations).toHaveLength(3);
  });

  it('names the file and the field of a missing value', () => {
    const { entities, ...rest } = valid;
    const error = thrown({ ...rest, entities: [{ ...entities[0], required: undefined }] });
    expect(error.code).toBe('SCHEMA_VIOLATION');
    expect(error.where).toBe('dev/x.gold.json');
    expect(error.message).toContain('entities[0].required');
  });

  it('rejects a relation end that names no gold entity', () => {
    const relations = [{ type: 'OPPOSES', source: 'france', target: 'germany', required: true }];
    expect(thrown({ ...valid, relations }).message).toContain(
      'relations[0].target: unknown entity key germany',
    );
  });

  it('rejects an unknown field, so that a misspelt "alternative" is not silently ignored', () => {
    const relations = [{ ...valid.relations[0], alternative: [['france', 'nato']] }];
    expect(thrown({ ...valid, relations }).message).toContain('relations[0]');
  });

  it('rejects a quote by a speaker that is not a gold entity', () => {
    expect(thrown({ ...valid, quotes: [{ speaker: 'merkel', text: 'Ja.' }] }).message).toContain(
      'quotes[0].speaker',
    );
  });
});
