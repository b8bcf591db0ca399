import { describe, expect, it } from 'vitest';
import { buildStates } from './states.js';

const aliasesOf = (code: string, given?: ReadonlySet<string>): string[] =>
  buildStates(given)
    .entries.filter(([, entry]) => entry.id === `state:${code}`)
    .map(([phrase]) => phrase);

describe('buildStates', () => {
  it('drops an alternative spelling that is also a given name ("Dominique" for Dominica)', () => {
    expect(aliasesOf('DMA')).toContain('Dominique');
    const aliases = aliasesOf('DMA', new Set(['Dominique']));
    expect(aliases).not.toContain('Dominique');
    expect(aliases).toContain('Dominica');
  });
});
