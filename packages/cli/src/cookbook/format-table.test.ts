import { describe, expect, it } from 'vitest';
import { formatTable } from './format-table.js';
import { terminalWidth } from './terminal-width.js';

describe('formatTable', () => {
  const node = (name: string) => ({ elementId: name, labels: ['Entity'], properties: { name } });
  it('aligns columns, names nodes by their name and paths as chains, and keeps long cells whole', () => {
    const text = formatTable(
      ['who', 'path', 'note'],
      [
        {
          who: node('France'),
          path: { nodes: [node('A'), node('B')], relationships: [] },
          note: 'x'.repeat(80),
        },
        { who: null, path: ['a', 1], note: 'line\nbreak' },
      ],
    );
    expect(text.split('\n')).toEqual([
      'who    | path  | note',
      '-------+-------+-' + '-'.repeat(80),
      `France | A - B | ${'x'.repeat(80)}`,
      '       | a, 1  | line break',
      '',
    ]);
  });

  const evidence =
    'The minister said on Tuesday that the two governments would keep talking about the border ' +
    'for as long as it took, whatever the opposition in either parliament demanded of them.';
  const rows = [
    { actor: node('Ruritania'), target: 'Freedonia', evidence },
    { actor: node('Freedonia'), target: 'Ruritania', evidence: 'Short.' },
  ];

  it('fits the terminal width by wrapping the wide column at spaces, losing no word', () => {
    const text = formatTable(['actor', 'target', 'evidence'], rows, { width: 60 });
    const lines = text.trimEnd().split('\n');
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(60);
    expect(lines[0]).toMatch(/^actor {5}\| target {4}\| evidence$/);
    expect(lines[2]).toMatch(/^Ruritania \| Freedonia \| The minister said/);
    // Continuation lines leave the short columns blank.
    expect(lines[3]).toMatch(/^ {10}\| {11}\| \S/);
    const wrapped = lines
      .slice(2, -1)
      .map((l) => l.split(' | ')[2]?.trim() ?? '')
      .join(' ');
    expect(wrapped).toBe(evidence);
    expect(lines.at(-1)).toMatch(/^Freedonia \| Ruritania \| Short\.$/);
  });

  it('uses the whole width it is given: a wider terminal, fewer lines', () => {
    const narrow = formatTable(['actor', 'target', 'evidence'], rows, { width: 60 });
    const wide = formatTable(['actor', 'target', 'evidence'], rows, { width: 150 });
    expect(wide.split('\n').length).toBeLessThan(narrow.split('\n').length);
    expect(Math.max(...wide.split('\n').map((l) => l.length))).toBeGreaterThan(100);
  });

  it('breaks a word longer than its column', () => {
    const text = formatTable(['id', 'text'], [{ id: 1, text: 'y'.repeat(50) }], { width: 30 });
    const cells = text
      .trimEnd()
      .split('\n')
      .slice(2)
      .map((l) => l.split(' | ')[1] ?? '');
    expect(cells.join('')).toBe('y'.repeat(50));
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(30);
  });
});

describe('terminalWidth', () => {
  it("is the terminal's width when stdout is a terminal", () => {
    expect(terminalWidth({ isTTY: true, columns: 132 }, {})).toBe(132);
  });
  it('is $COLUMNS when stdout is not a terminal but COLUMNS is set, else unlimited', () => {
    expect(terminalWidth({}, { COLUMNS: '100' })).toBe(100);
    expect(terminalWidth({}, { COLUMNS: 'wide' })).toBeUndefined();
    expect(terminalWidth({}, {})).toBeUndefined();
  });
});
