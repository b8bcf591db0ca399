import { describe, expect, it } from 'vitest';
import { browserScript, browserStyleCommand } from './browser-script.js';
import { formatTable } from './format-table.js';
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
    expect(() =>
      parseCookbookQuery(
        FILE.replace('// @param strict boolean false Exact names only\n', ''),
        'q.cypher',
      ),
    ).toThrow('q.cypher: uses $strict but declares no @param strict');
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
  it('aligns columns, names nodes by their name and paths as chains, and cuts long cells', () => {
    const node = (name: string) => ({ elementId: name, labels: ['Entity'], properties: { name } });
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
      '-------+-------+-' + '-'.repeat(60),
      `France | A - B | ${'x'.repeat(59)}…`,
      '       | a, 1  | line break',
      '',
    ]);
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
