import { describe, expect, it } from 'vitest';
import type { EntityType } from '@newsgraph/graph-schema';
import type { Mention } from '../types.js';
import { TitleHolders } from './title-holders.js';

const mention = (start: number, id: string, type: EntityType, title?: string): Mention => ({
  start,
  end: start + 5,
  text: id,
  entityId: id,
  type,
  sentence: 0,
  kind: 'name',
  ...(title === undefined ? {} : { role: { title, start: start - 10, end: start - 1 } }),
});

/** The scan TitleHolders replaces: mentions in order, stopping at the first at or after `before`. */
function scan(mentions: readonly Mention[], noun: string, before: number): string | undefined {
  let found: Mention | undefined;
  for (const m of mentions) {
    if (m.start >= before) break;
    const title = m.role?.title.toLowerCase().split(/\s+/);
    if (m.type === 'Person' && title?.includes(noun) === true) found = m;
  }
  return found?.entityId;
}

describe('TitleHolders', () => {
  const mentions = [
    mention(10, 'lund', 'Person', 'Defence Minister'),
    mention(40, 'acme', 'Organization', 'Minister'),
    mention(70, 'okafor', 'Person', 'Foreign Minister'),
    mention(100, 'berg', 'Person'),
    mention(130, 'sato', 'Person', 'Senator'),
  ];

  it('finds the last titled person named before a place, by any word of the title', () => {
    const holders = new TitleHolders(mentions);
    expect(holders.holder('minister', 200)).toBe('okafor');
    expect(holders.holder('minister', 70)).toBe('lund');
    expect(holders.holder('defence', 200)).toBe('lund');
    expect(holders.holder('senator', 130)).toBeUndefined();
    expect(holders.holder('minister', 10)).toBeUndefined();
    expect(holders.holder('general', 200)).toBeUndefined();
  });

  it('answers as the in-order scan does, out-of-order mentions included', () => {
    const shuffled = [mentions[2], mentions[0], mentions[4], mentions[1], mentions[3]].filter(
      (m): m is Mention => m !== undefined,
    );
    for (const list of [mentions, shuffled]) {
      const holders = new TitleHolders(list);
      for (const noun of ['minister', 'senator', 'defence', 'foreign'])
        for (let before = 0; before <= 200; before += 5)
          expect(holders.holder(noun, before)).toBe(scan(list, noun, before));
    }
  });
});
