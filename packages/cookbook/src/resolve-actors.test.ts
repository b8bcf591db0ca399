import type { EntityMatch } from '@newsgraph/loader';
import { describe, expect, it } from 'vitest';
import { parseCookbookQuery } from './parse-query.js';
import { resolveActors, type FindEntity } from './resolve-actors.js';

const FILE = `// Quotes of a speaker about a state
// @name quotes-about
// @description Test query.
// @param speaker actor null The speaker; null for all
// @param state state null The state; null for all
// @param limit int 10 Rows at most
MATCH (s {id: $speaker}), (t {id: $state}) RETURN s, t LIMIT toInteger($limit)`;
const query = parseCookbookQuery(FILE, 'q.cypher');

const match = (over: Partial<EntityMatch>): EntityMatch => ({
  id: 'person:ana-pereira',
  name: 'Ana Pereira',
  label: 'Person',
  how: 'name',
  score: null,
  articles: 4,
  ...over,
});

/** A look-up that answers from a table and records what it was asked. */
function table(answers: Record<string, EntityMatch[]>): FindEntity & { asked: unknown[] } {
  const asked: unknown[] = [];
  const find = (text: string, labels: readonly string[]) => {
    asked.push([text, labels]);
    return Promise.resolve(answers[text] ?? []);
  };
  return Object.assign(find, { asked });
}

describe('resolveActors', () => {
  it('replaces each actor given by the id of the best match, and says which entity it used', async () => {
    const find = table({
      Pereira: [
        match({ how: 'full-text', score: 2.1 }),
        match({ id: 'person:rui-pereira', name: 'Rui Pereira', how: 'full-text', score: 1.3 }),
      ],
      ruritania: [match({ id: 'state:RUR', name: 'Ruritania', label: 'State', how: 'alias' })],
    });
    const { values, notes } = await resolveActors(
      query,
      { speaker: 'Pereira', state: 'ruritania', limit: 10 },
      find,
    );
    expect(values).toEqual({ speaker: 'person:ana-pereira', state: 'state:RUR', limit: 10 });
    expect(notes).toEqual([
      'speaker "Pereira": Ana Pereira (person:ana-pereira, Person), the best full-text match; also Rui Pereira',
      'state "ruritania": Ruritania (state:RUR, State), by alias',
    ]);
    expect(find.asked).toEqual([
      ['Pereira', ['Person', 'State', 'Organization', 'Group']],
      ['ruritania', ['State']],
    ]);
  });

  it('leaves null (all) alone and asks nothing', async () => {
    const find = table({});
    const { values, notes } = await resolveActors(
      query,
      { speaker: null, state: null, limit: 10 },
      find,
    );
    expect(values).toEqual({ speaker: null, state: null, limit: 10 });
    expect(notes).toEqual([]);
    expect(find.asked).toEqual([]);
  });

  it('says nothing when the text was the id itself', async () => {
    const find = table({ 'person:ana-pereira': [match({ how: 'id' })] });
    const { notes } = await resolveActors(
      query,
      { speaker: 'person:ana-pereira', state: null, limit: 1 },
      find,
    );
    expect(notes).toEqual([]);
  });

  it('refuses an actor that matches nothing, naming the parameter', async () => {
    await expect(
      resolveActors(query, { speaker: 'Nobody Known', state: null, limit: 1 }, table({})),
    ).rejects.toMatchObject({
      code: 'USAGE',
      message: expect.stringContaining(
        '--param speaker: no actor in the graph matches "Nobody Known"',
      ),
    });
  });
});
