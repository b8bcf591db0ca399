import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const found = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).entities.map((e) => [e.type, e.name]);

describe('group: fighters and activists named by a faith, people or region', () => {
  it('takes an adjective of a faith or people before fighters or activists for a group', () => {
    expect(found('Islamist militants attacked the army.')).toEqual([
      ['Group', 'Islamist militants'],
    ]);
    expect(found('Kurdish fighters accused Turkey of shelling.')).toEqual([
      ['Group', 'Kurdish fighters'],
      ['State', 'Türkiye'],
    ]);
  });

  it('leaves such nouns without the adjective alone', () => {
    expect(found('The militants attacked the army.')).toEqual([]);
    expect(found('Activists criticized the ban.')).toEqual([]);
  });
});
