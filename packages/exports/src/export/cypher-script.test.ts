import { describe, expect, it } from 'vitest';
import { cypherLiteral, cypherName, cypherString } from './cypher-literal.js';
import { toCypherScript } from './cypher-script.js';
import { mergeDocuments } from './merge-documents.js';
import { twoDocuments } from './test-fixtures.js';

describe('cypherString', () => {
  it('escapes quotes, backslashes and control characters so a literal never spans lines', () => {
    expect(cypherString(`O'Brien \\ "x"\n\t\u0001\u2028`)).toBe(
      `'O\\'Brien \\\\ "x"\\n\\t\\u0001\\u2028'`,
    );
  });
});

describe('cypherLiteral', () => {
  it('writes lists and maps, quoting keywords and odd keys, dropping undefined', () => {
    expect(cypherLiteral({ id: 'a', end: 3, 'odd`key': [1.5, true, null], gone: undefined })).toBe(
      "{id: 'a', `end`: 3, `odd``key`: [1.5, true, null]}",
    );
  });
  it('refuses numbers Cypher cannot write', () => {
    expect(() => cypherLiteral(Number.NaN)).toThrow(RangeError);
  });
  it('leaves plain names bare', () => {
    expect(cypherName('articleId')).toBe('articleId');
  });
});

describe('toCypherScript', () => {
  const script = toCypherScript(mergeDocuments(twoDocuments()));
  const statements = script
    .split(/;\n/)
    .filter((s) => s.trim() && !/^(\/\/[^\n]*\n?)+$/.test(s.trim() + '\n'));

  it('starts with the schema constraints', () => {
    expect(script).toContain('CREATE CONSTRAINT entity_id IF NOT EXISTS');
  });
  it('MERGEs nodes on id and facts on their article', () => {
    expect(script).toMatch(/MERGE \(n:Entity \{id: row\.id\}\)\nSET n:State/);
    expect(script).toContain('MERGE (s)-[r:OPPOSES {articleId: row.props.articleId}]->(t)');
    expect(script).toContain("aliases: ['France', 'French']");
  });
  it('has every literal on one line, ending each statement with a semicolon', () => {
    expect(script).toContain("text: 'It\\'s a \\\\ test,\\n she said'");
    expect(statements.length).toBeGreaterThan(8);
    for (const s of statements) expect(s).not.toMatch(/;\s*$/);
  });
});
