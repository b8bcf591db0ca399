import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
} from 'neo4j-driver';
import { ensureVerified, type Connection } from './connection.js';
import { toNewsgraphError } from './driver-errors.js';

export type JsonValue =
  null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export interface ReadQueryResult {
  /** Column names in RETURN order. */
  columns: string[];
  /** One object per record, values as plain JSON (see toPlainJson). */
  rows: Record<string, JsonValue>[];
}

export interface ReadQueryOptions {
  /** Server-side transaction timeout (default 60 s). */
  timeoutMs?: number;
}

/**
 * Runs one query in a managed READ transaction (the server refuses writes in it) and returns
 * plain JSON, on the caller's connection (checked before its first query).
 */
export async function runReadQuery(
  connection: Connection,
  cypher: string,
  params: Record<string, unknown> = {},
  options: ReadQueryOptions = {},
): Promise<ReadQueryResult> {
  const { driver } = connection;
  const context = { ...connection.context, action: 'read' };
  await ensureVerified(connection);
  const { database } = connection.context;
  const session = driver.session({
    ...(database === undefined ? {} : { database }),
    defaultAccessMode: neo4j.session.READ,
  });
  try {
    const { columns, records } = await session.executeRead(
      async (tx) => {
        const result = tx.run(cypher, params);
        const keys = (await result.keys()).map(String);
        return { columns: keys, records: (await result).records };
      },
      { timeout: options.timeoutMs ?? 60_000 },
    );
    return {
      columns,
      rows: records.map((r) => Object.fromEntries(columns.map((c) => [c, toPlainJson(r.get(c))]))),
    };
  } catch (error) {
    throw toNewsgraphError(error, context);
  } finally {
    await session.close();
  }
}

/**
 * A driver value as plain JSON: integers as numbers (strings past 2^53), nodes as
 * {elementId, labels, properties}, relationships as {elementId, type, start, end, properties},
 * paths as {nodes, relationships}, temporal values as ISO strings.
 */
export function toPlainJson(value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (typeof value === 'bigint')
    return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (Array.isArray(value)) return value.map(toPlainJson);
  if (isNode(value))
    return {
      elementId: value.elementId,
      labels: [...value.labels],
      properties: plainMap(value.properties),
    };
  if (isRelationship(value)) {
    return {
      elementId: value.elementId,
      type: value.type,
      start: value.startNodeElementId,
      end: value.endNodeElementId,
      properties: plainMap(value.properties),
    };
  }
  if (isPath(value)) {
    const nodes = [value.start, ...value.segments.map((s) => s.end)];
    return {
      nodes: nodes.map(toPlainJson),
      relationships: value.segments.map((s) => toPlainJson(s.relationship)),
    };
  }
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isTime(value) ||
    isLocalTime(value) ||
    isDuration(value)
  ) {
    return value.toString();
  }
  if (isPoint(value))
    return plainMap({
      srid: value.srid,
      x: value.x,
      y: value.y,
      ...(value.z === undefined ? {} : { z: value.z }),
    });
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (typeof value === 'object') return plainMap(value as Record<string, unknown>);
  // A function or a symbol: nothing the driver returns.
  return null;
}

function plainMap(map: Record<string, unknown>): { [key: string]: JsonValue } {
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [k, toPlainJson(v)]));
}
