import { describe, expect, it } from 'vitest';
import { csvField, toCsvFiles } from './csv.js';
import { mergeDocuments } from './merge-documents.js';
import { toNeo4jAdminFiles } from './neo4j-admin.js';
import { twoDocuments } from './test-fixtures.js';

const graph = () => mergeDocuments(twoDocuments());
const file = (files: { path: string; content: string }[], path: string): string => {
  const found = files.find((f) => f.path === path);
  if (!found) throw new Error(`no ${path} in ${files.map((f) => f.path).join(', ')}`);
  return found.content;
};

describe('csvField', () => {
  it('quotes only what needs it, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,"b"\nc')).toBe('"a,""b""\nc"');
  });
});

describe('toCsvFiles', () => {
  it('writes one file per label and relationship type with plain headers', () => {
    const files = toCsvFiles(graph());
    expect(files.map((f) => f.path)).toEqual([
      'nodes/Article.csv',
      'nodes/Person.csv',
      'nodes/State.csv',
      'nodes/Organization.csv',
      'relationships/MENTIONS.csv',
      'relationships/QUOTES.csv',
      'relationships/OPPOSES.csv',
      'relationships/SUPPORTS.csv',
      'relationships/ALLIED_WITH.csv',
      'relationships/LEADS.csv',
    ]);
    expect(file(files, 'nodes/State.csv').split('\n')[0]).toBe('id,name,aliases,iso3');
    expect(file(files, 'nodes/State.csv')).toContain(
      'state:FRA,France,"[""France"",""French""]",FRA',
    );
    expect(file(files, 'relationships/LEADS.csv').split('\n')[0]).toBe(
      'source,target,sentence,role,articleId,start,end,evidence,starts,ends,confidence,extractorVersion',
    );
  });
});

describe('toNeo4jAdminFiles', () => {
  it('writes typed headers with id spaces, labels and types', () => {
    const files = toNeo4jAdminFiles(graph());
    expect(file(files, 'nodes-State.csv').split('\n')[0]).toBe(
      'id:ID(Entity),name,aliases:string[],iso3,:LABEL',
    );
    expect(file(files, 'nodes-Article.csv').split('\n')[0]).toContain('id:ID(Article),title,');
    expect(file(files, 'relationships-MENTIONS.csv').split('\n')[0]).toBe(
      ':START_ID(Article),:END_ID(Entity),:TYPE,count:int',
    );
    expect(file(files, 'relationships-OPPOSES.csv').split('\n')[0]).toBe(
      ':START_ID(Entity),:END_ID(Entity),:TYPE,sentence,articleId,start:int,end:int,evidence:string[],starts:int[],ends:int[],confidence:float,extractorVersion',
    );
  });
  it('switches to another array delimiter when a list element holds a semicolon, and says so in import.sh', () => {
    const files = toNeo4jAdminFiles(graph());
    expect(file(files, 'nodes-Organization.csv')).toContain(
      "O'Brien & Co.\u001fOB;C,Entity\u001fOrganization",
    );
    expect(file(files, 'import.sh')).toContain('--array-delimiter=U+001F');
    expect(file(files, 'import.sh')).toContain('"--nodes=$dir/nodes-State.csv"');
  });
  it('keeps the default delimiter when nothing clashes', () => {
    const docs = twoDocuments().slice(0, 1);
    const files = toNeo4jAdminFiles(mergeDocuments(docs));
    expect(file(files, 'nodes-State.csv')).toContain('state:FRA,France,France,FRA,Entity;State');
    expect(file(files, 'import.sh')).toContain('"--array-delimiter=;"');
  });
});
