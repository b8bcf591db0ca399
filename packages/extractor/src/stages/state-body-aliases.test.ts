import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

describe('aliasStateBodies', () => {
  it("keeps a state's generic body as written, demonym and all, among its aliases", () => {
    const a = analyze('The Israeli Air Force struck targets near Gaza on Sunday.', {
      headline: false,
    });
    const body = a.entities.find((e) => e.name === 'Air Force of Israel');
    expect(body?.aliases).toContain('Israeli Air Force');
    expect(a.mentions.map((m) => m.text)).toContain('Israeli');
  });

  it('adds no alias where no demonym stands right before the body', () => {
    const a = analyze("Italy's Air Force flew over Israeli positions.", { headline: false });
    const body = a.entities.find((e) => e.name === 'Air Force of Italy');
    expect(body?.aliases).toEqual(['Air Force of Italy', 'Air Force']);
  });
});
