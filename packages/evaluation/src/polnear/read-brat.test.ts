import { describe, expect, it } from 'vitest';
import { readBrat } from './read-brat.js';

describe('readBrat', () => {
  it('reads text-bound spans with several fragments and events by role', () => {
    const doc = readBrat(
      [
        'T1\tSource 0 4\tMara',
        'T2\tCue 5 9\tsaid',
        'T3\tContent 11 20;30 41\tit rained and it poured',
        'E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1',
        '#1\tAnnotatorNotes T1\tignored',
      ].join('\n'),
    );
    expect(doc.spans.get('T3')?.fragments).toEqual([
      [11, 20],
      [30, 41],
    ]);
    expect(doc.events).toEqual([
      {
        id: 'E1',
        type: 'Attribution',
        args: { Attribution: 'T2', Content: 'T3', Cue: 'T2', Source: 'T1' },
      },
    ]);
  });

  it('names the file and line of bad offsets', () => {
    expect(() => readBrat('T1\tSource 0 4\tMara\nT2\tCue five 9\tsaid', 'a.ann')).toThrow(
      /bad offsets/,
    );
    try {
      readBrat('T1\tSource 0 4\tMara\nT2\tCue five 9\tsaid', 'a.ann');
    } catch (error) {
      expect((error as { where?: string }).where).toBe('a.ann:2');
    }
  });

  it('rejects an event that names an annotation the file does not have', () => {
    expect(() => readBrat('T1\tSource 0 4\tMara\nE1\tAttribution:T9 Source:T1')).toThrow(
      /T9, which is not annotated/,
    );
  });
});
