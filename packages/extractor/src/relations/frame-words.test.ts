import { describeError, isNewsgraphError } from '@newsgraph/graph-schema';
import { describe, expect, it } from 'vitest';
import frameJson from './frame-words.json' with { type: 'json' };
import { frameWords, readFrameWords } from './frame-words.js';

function rejection(data: unknown): unknown {
  try {
    readFrameWords(data);
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('frameWords', () => {
  it('reads each list as a set of lower-case words', () => {
    const words = frameWords();
    expect(words.attributiveOrdinals.has('last')).toBe(true);
    expect(words.verbParticles.has('out')).toBe(true);
    expect(words.placingPrepositions.has('throughout')).toBe(true);
    expect(words.lyNonAdverbs.has('family')).toBe(true);
    expect(words.addresseeVerbs.has('told')).toBe(true);
    expect(words.agentListOpeners.has('notably')).toBe(true);
    expect(words.frontedOpeners.has('amid')).toBe(true);
    expect(words.nonHeadNouns.has('delegation')).toBe(true);
    expect(words.locatives.has('throughout')).toBe(true);
    expect(words.placeDirections.has('southwestern')).toBe(true);
  });

  it('rejects an entry that is not one lower-case word, naming the file and the entry', () => {
    const thrown = rejection({ ...frameJson, attributiveOrdinals: ['first', 'Never '] });
    expect(isNewsgraphError(thrown) && thrown.code).toBe('CONFIG_INVALID');
    expect(describeError(thrown)).toMatch(/frame-words\.json.*attributiveOrdinals\[1\].*"Never "/);
  });

  it('rejects a file that lacks a list', () => {
    const partial: Record<string, unknown> = { ...frameJson };
    delete partial.verbParticles;
    expect(isNewsgraphError(rejection(partial))).toBe(true);
  });
});
