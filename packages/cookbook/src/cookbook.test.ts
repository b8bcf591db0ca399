import { describe, expect, it } from 'vitest';
import { describeThrown } from '../../../graph-schema/src/test-fixtures.js';
import {
  browserScript,
  browserStyleCommand,
  findQuery,
  loadCookbook,
  parseCookbookQuery,
  resolveParams,
} from './index.js';

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
