import { ENTITY_ATTRIBUTE_KEYS } from '@newsgraph/graph-schema';
import { describe, expect, it } from 'vitest';
import type { BatchRows } from './batches.js';
import { compareCodePoints, singleMentionProps } from './new-entities.js';
import type { MentionRow } from './rows.js';

const mention = (article: string, entity: string, extra: Partial<MentionRow> = {}): MentionRow => ({
  article,
  entity,
  count: 1,
  name: 'Ada Quill',
  aliases: ['Ada Quill', 'Quill', 'A. Quill'],
  attributes: {},
  surnameKey: 'quill',
  ...extra,
});

const batchOf = (mentions: MentionRow[]) => ({ mentions }) as unknown as BatchRows;

describe('singleMentionProps', () => {
  it('gives an entity named once the name, then its other aliases in code-point order', () => {
    const props = singleMentionProps(batchOf([mention('a1', 'person:ada-quill')]));
    expect(props.get('person:ada-quill')).toEqual({
      name: 'Ada Quill',
      aliases: ['Ada Quill', 'A. Quill', 'Quill'],
    });
  });

  it('gives none to an entity two mentions name, even alike', () => {
    const props = singleMentionProps(
      batchOf([mention('a1', 'person:ada-quill'), mention('a2', 'person:ada-quill')]),
    );
    expect(props.has('person:ada-quill')).toBe(false);
  });

  it('keeps the allowed attributes the mention has, and only those', () => {
    const key = ENTITY_ATTRIBUTE_KEYS[0] ?? 'missing';
    const props = singleMentionProps(
      batchOf([
        mention('a1', 'state:x', { name: 'X', aliases: ['X'], attributes: { [key]: 'v' } }),
      ]),
    );
    expect(props.get('state:x')).toEqual({ name: 'X', aliases: ['X'], [key]: 'v' });
  });
});

describe('compareCodePoints', () => {
  it('puts a character beyond the BMP after every BMP one, unlike UTF-16 order', () => {
    const astral = '\u{1F600}';
    const high = '\uFF21';
    expect(['b', astral, high, 'a'].sort(compareCodePoints)).toEqual(['a', 'b', high, astral]);
    expect(astral < high).toBe(true);
  });
});
