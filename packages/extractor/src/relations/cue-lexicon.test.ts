import { describeError, isNewsgraphError } from '@newsgraph/graph-schema';
import { describe, expect, it } from 'vitest';
import { defaultCueLexicon, extractRelations, loadCueLexicon } from './index.js';
import { STATES, analysisOf } from './test-analysis.js';

const analysis = analysisOf('Peru ghosted Chile.', [STATES.peru, STATES.chile]);

describe('loadCueLexicon', () => {
  it('loads the bundled cues', () => {
    const cues = loadCueLexicon(defaultCueLexicon());
    expect(cues.forms.get('criticised')?.[0]?.family.relation).toBe('OPPOSES');
    expect(cues.forms.get('pushing back against')?.[0]?.shape).toBe('gerund');
    expect(cues.forms.get('fought')?.[0]?.shape).toBe('past');
  });

  it('rejects malformed cue data with CONFIG_INVALID naming the field', () => {
    const bad = {
      ...defaultCueLexicon(),
      families: [{ relation: 'LIKES', frame: 'verb', weight: 1, cues: ['like'] }],
    };
    try {
      loadCueLexicon(bad, 'my-cues.json');
      expect.unreachable();
    } catch (error) {
      expect(isNewsgraphError(error) && error.code).toBe('CONFIG_INVALID');
      expect(describeError(error)).toMatch(/my-cues\.json.*families\[0\]\.relation/);
    }
  });

  it('lets a user extend the bundled cues without touching code', () => {
    expect(extractRelations(analysis, {})).toEqual([]);
    const data = defaultCueLexicon();
    const extended = {
      ...data,
      families: [
        ...data.families,
        { relation: 'OPPOSES', frame: 'verb', weight: 0.7, cues: ['ghost'] },
      ],
    };
    const relations = extractRelations(analysis, { cues: extended });
    expect(relations.map((r) => `${r.type} ${r.source} ${r.target}`)).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
  });

  it('replaces the bundled cues with the ones given', () => {
    const data = defaultCueLexicon();
    const only = {
      ...data,
      cameo: false,
      families: [{ relation: 'SUPPORTS', frame: 'verb', weight: 0.7, cues: ['ghost'] }],
    };
    const relations = extractRelations(
      analysisOf('Peru condemned Chile. Peru ghosted Chile.', [STATES.peru, STATES.chile]),
      { cues: only },
    );
    expect(relations.map((r) => r.type)).toEqual(['SUPPORTS']);
  });
});
