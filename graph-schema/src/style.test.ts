import { describe, expect, it } from 'vitest';
import { NODE_STYLES, grassStyleSheet } from './style.js';

/** The `diameter` and `font-size` (px) a style sheet gives one node rule. */
function rule(sheet: string, selector: string): { diameter: number; fontSize: number } {
  const body = new RegExp(`^${selector.replace('.', '\\.')} \\{([^}]*)\\}`, 'm').exec(sheet)?.[1];
  const px = (name: string): number =>
    Number(new RegExp(`${name}: (\\d+)px;`).exec(body ?? '')?.[1]);
  return { diameter: px('diameter'), fontSize: px('font-size') };
}

describe('grassStyleSheet', () => {
  const sheet = grassStyleSheet();
  // Browser zooms a result of ~60-90 nodes out to about a fifth: a caption must be drawn at
  // 36px or so to read at about 6px, and its node wide enough to hold a two-word name.
  it('draws entity captions large enough to read once Browser zooms out to fit ~90 nodes', () => {
    for (const label of ['Person', 'State', 'Organization', 'Location', 'Group', 'Event']) {
      const { diameter, fontSize } = rule(sheet, `node.${label}`);
      expect(fontSize, label).toBeGreaterThanOrEqual(28);
      expect(diameter / fontSize, label).toBeGreaterThanOrEqual(4.5);
      expect(diameter / fontSize, label).toBeLessThanOrEqual(7.5);
    }
  });
  it('gives persons and organizations, whose names are longest, the widest circles', () => {
    const size = (label: string): number => rule(sheet, `node.${label}`).diameter;
    expect(size('Person')).toBeGreaterThan(size('State'));
    expect(size('Organization')).toBeGreaterThan(size('Location'));
    for (const [label, style] of Object.entries(NODE_STYLES))
      expect(size(label), label).toBe(style.browserDiameter);
  });
});
