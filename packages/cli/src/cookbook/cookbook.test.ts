import { describe, expect, it } from 'vitest';
import { describeThrown } from '../../../../graph-schema/src/test-fixtures.js';
import { browserScript, browserStyleCommand } from './browser-script.js';
import { formatTable } from './format-table.js';
import { terminalWidth } from './terminal-width.js';
import { findQuery, loadCookbook } from './load-cookbook.js';
import { parseCookbookQuery } from './parse-query.js';
import { resolveParams } from './resolve-params.js';

const QUESTIONS = [
  'who-opposes-whom',
  'alliances-and-memberships',
  'leaders-and-representatives',
  'quotes-by',
  'fact-sources',
  'most-mentioned',
  'common-opponents',
  'shortest-path',
  'stances-over-time',
  'contradictory-stances',
];

describe('loadCookbook', () => {
  const queries = loadCookbook();
  it('has a query for each question analysts ask, each with a title and a description', () => {
    expect(queries.map((q) => q.name).sort()).toEqual([...QUESTIONS].sort());
    for (const q of queries) {
      expect(q.title.length).toBeGreaterThan(5);
      expect(q.description.length).toBeGreaterThan(20);
    }
  });
  it('writes no query that could change the graph', () => {
    for (const q of queries)
      expect(q.cypher).not.toMatch(/\b(CREATE|MERGE|SET|DELETE|REMOVE|DROP|LOAD CSV)\b/i);
  });
  it('defaults every text parameter to all (null), never to a name most graphs lack', () => {
    for (const q of queries) {
      for (const p of q.params.filter((x) => !['int', 'float', 'boolean'].includes(x.type)))
        expect({ query: q.name, param: p.name, default: p.default }).toMatchObject({
          default: null,
        });
    }
  });
  it('declares the parameters that name an actor as actor or state, so the CLI resolves them', () => {
    const named = queries.flatMap((q) =>
      q.params
        .filter((p) => p.type === 'actor' || p.type === 'state')
        .map((p) => `${q.name}.${p.name}`),
    );
    expect(named.sort()).toEqual(
      [
        'alliances-and-memberships.actor',
        'common-opponents.first',
        'common-opponents.second',
        'fact-sources.source',
        'fact-sources.target',
        'leaders-and-representatives.organization',
        'quotes-by.speaker',
        'shortest-path.from',
        'shortest-path.to',
        'stances-over-time.actor',
        'who-opposes-whom.actor',
        'who-opposes-whom.target',
      ].sort(),
    );
  });
  it('says which query names exist when one is unknown', () => {
    expect(() => findQuery(queries, 'nope')).toThrow(/no cookbook query named "nope"/);
  });
});

const FILE = `// Everything a person said
// @name quotes-by
// @description The quotes of a speaker.
// @param speaker string "Jack Straw" The speaker
// @param limit int 10 Rows at most
// @param strict boolean false Exact names only
MATCH (s {name: $speaker}) WHERE $strict OR true RETURN s LIMIT toInteger($limit)`;

describe('parseCookbookQuery', () => {
  it('reads the title, name, description and typed parameters with JSON defaults', () => {
    const q = parseCookbookQuery(FILE, 'x.cypher');
    expect(q).toMatchObject({
      name: 'quotes-by',
      title: 'Everything a person said',
      description: 'The quotes of a speaker.',
    });
    expect(q.params).toEqual([
      { name: 'speaker', type: 'string', default: 'Jack Straw', description: 'The speaker' },
      { name: 'limit', type: 'int', default: 10, description: 'Rows at most' },
      { name: 'strict', type: 'boolean', default: false, description: 'Exact names only' },
    ]);
    expect(q.cypher.startsWith('MATCH')).toBe(true);
  });
  it('rejects a parameter used but not declared, naming the file', () => {
    expect(
      describeThrown(() =>
        parseCookbookQuery(
          FILE.replace('// @param strict boolean false Exact names only\n', ''),
          'q.cypher',
        ),
      ),
    ).toContain('q.cypher: uses $strict but declares no @param strict');
  });
  it('rejects a default of the wrong type', () => {
    expect(() => parseCookbookQuery(FILE.replace('int 10', 'int "ten"'), 'q.cypher')).toThrow(
      /default "ten" is not a int/,
    );
  });
});

describe('resolveParams', () => {
  const q = parseCookbookQuery(FILE, 'x.cypher');
  it('starts from the defaults and converts --param values to the declared type', () => {
    expect(resolveParams(q, ['limit=5', 'speaker=Jens Stoltenberg', 'strict=true'])).toEqual({
      speaker: 'Jens Stoltenberg',
      limit: 5,
      strict: true,
    });
    expect(resolveParams(q, ['speaker=null'])).toMatchObject({ speaker: null });
  });
  it('keeps an = inside a value', () => {
    expect(resolveParams(q, ['speaker=a=b']).speaker).toBe('a=b');
  });
  it('refuses unknown names and values of the wrong type as usage errors', () => {
    expect(() => resolveParams(q, ['who=x'])).toThrow(expect.objectContaining({ code: 'USAGE' }));
    expect(() => resolveParams(q, ['limit=5.5'])).toThrow(/"5.5" is not a int/);
  });
});

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

describe('browserScript', () => {
  it('sets the parameters with a :params line Neo4j Browser parses: JSON keys, no backquotes', () => {
    const q = parseCookbookQuery(FILE, 'x.cypher');
    expect(browserScript(q, resolveParams(q, ['speaker=O\'Brien "Bob"']))).toBe(
      `// Everything a person said\n:params {"speaker": "O'Brien \\"Bob\\"", "limit": 10, "strict": false};\n${q.cypher}\n`,
    );
  });
  it('writes every cookbook query as one :params line whose map is plain JSON', () => {
    for (const q of loadCookbook().filter((x) => x.params.length > 0)) {
      const [, params = ''] = browserScript(q, resolveParams(q, [])).split('\n');
      expect(params).toMatch(/^:params \{.*\};$/);
      expect(params).not.toContain('`');
      const map = JSON.parse(params.slice(':params '.length, -1)) as Record<string, unknown>;
      expect(Object.keys(map)).toEqual(q.params.map((p) => p.name));
    }
  });
  it("makes graph-schema's style sheet one :style command", () => {
    expect(browserStyleCommand()).toMatch(/^:style node \{/);
    expect(browserStyleCommand()).toContain('node.State {');
  });
});
