import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { NewsgraphError } from '@newsgraph/graph-schema';

export type Parsed = { where: string; value: unknown } | { where: string; error: NewsgraphError };

/** Streams JSON Lines, one parsed value (or a located error) per non-blank line. */
export async function* readJsonLines(
  input: Readable | string,
  name: string,
): AsyncGenerator<Parsed> {
  const stream = typeof input === 'string' ? createReadStream(input, 'utf8') : input;
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of lines) {
      n += 1;
      if (line.trim() === '') continue;
      yield parseJson(line, `${name}:${n}`);
    }
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code ?? String(cause);
    yield {
      where: name,
      error: new NewsgraphError('INPUT_UNREADABLE', `cannot read (${reason})`, {
        where: name,
        cause,
      }),
    };
  }
}

export function parseJson(text: string, where: string): Parsed {
  try {
    return { where, value: JSON.parse(text) as unknown };
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    return {
      where,
      error: new NewsgraphError('INVALID_JSON', `invalid JSON (${detail})`, { where, cause }),
    };
  }
}
