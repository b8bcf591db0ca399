/** Reading the integration tests' database back, for assertions. */
import neo4j, { type Driver } from 'neo4j-driver';

export interface Settings {
  uri: string;
  username: string;
  password: string;
  database: string;
}

export class Graph {
  private readonly driver: Driver;

  constructor(private readonly settings: Settings) {
    this.driver = neo4j.driver(
      settings.uri,
      neo4j.auth.basic(settings.username, settings.password),
      {
        disableLosslessIntegers: true,
      },
    );
  }

  async query<T = Record<string, unknown>>(
    cypher: string,
    params: Record<string, unknown> = {},
  ): Promise<T[]> {
    const { records } = await this.driver.executeQuery(cypher, params, {
      database: this.settings.database,
    });
    return records.map((r) => r.toObject() as T);
  }

  async clear(): Promise<void> {
    await this.query('MATCH (n) DETACH DELETE n');
  }

  /** Every node and relationship as a sorted list of strings; `loadedAt` left out. */
  async snapshot(): Promise<string[]> {
    const n = await this.query<{ labels: string[]; props: Record<string, unknown> }>(
      'MATCH (n) RETURN labels(n) AS labels, properties(n) AS props',
    );
    const r = await this.query<{
      type: string;
      from: string;
      to: string;
      props: Record<string, unknown>;
    }>(
      'MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props',
    );
    const line = (head: string, props: Record<string, unknown>): string => {
      const kept = Object.entries(props)
        .filter(([k]) => k !== 'loadedAt')
        .sort(([a], [b]) => (a < b ? -1 : 1));
      return `${head} ${JSON.stringify(kept)}`;
    };
    return [
      ...n.map((x) => line([...x.labels].sort().join(':'), x.props)),
      ...r.map((x) => line(`${x.from}-[${x.type}]->${x.to}`, x.props)),
    ].sort();
  }

  /** Groups of relationships that should be one: same type, ends and article (or quote text). */
  async duplicateRelationships(): Promise<number> {
    const [row] = await this.query<{ n: number }>(
      `MATCH (a)-[r]->(b)
       WITH type(r) AS t, a, b, r.articleId AS article, r.text AS text, count(*) AS c
       WHERE c > 1 RETURN count(*) AS n`,
    );
    return row?.n ?? 0;
  }

  async count(cypher: string, params: Record<string, unknown> = {}): Promise<number> {
    const [row] = await this.query<{ n: number }>(cypher, params);
    return row?.n ?? 0;
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}
