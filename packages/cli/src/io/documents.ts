import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Readable } from 'node:stream';
import { NewsgraphError, type ValidGraphDocument } from '@newsgraph/graph-schema';
import { validateDocument } from '@newsgraph/loader';
import { parseJson, readJsonLines, type Parsed } from './jsonl.js';
import { listInputs } from './list-inputs.js';

export type DocumentItem =
  { where: string; doc: ValidGraphDocument } | { where: string; error: NewsgraphError };

/** Graph documents from .json files, .jsonl files, folders of them, or JSON Lines on stdin. */
export async function* readDocuments(
  paths: readonly string[],
  stdin: Readable,
): AsyncGenerator<DocumentItem> {
  const named = paths.filter((p) => p !== '-');
  if (named.length < paths.length) yield* validated(readJsonLines(stdin, 'stdin'));
  for await (const input of listInputs(named, ['.json', '.jsonl'])) {
    const { path } = input;
    if ('error' in input) {
      yield { where: path, error: input.error };
      continue;
    }
    if (extname(path) === '.jsonl') {
      yield* validated(readJsonLines(path, path));
      continue;
    }
    yield* validated(one(path));
  }
}

async function* one(path: string): AsyncGenerator<Parsed> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code ?? 'unreadable';
    yield {
      where: path,
      error: new NewsgraphError('INPUT_UNREADABLE', `cannot read file (${reason})`, {
        where: path,
        cause,
      }),
    };
    return;
  }
  yield parseJson(text, path);
}

async function* validated(items: AsyncIterable<Parsed>): AsyncGenerator<DocumentItem> {
  for await (const item of items) {
    if ('error' in item) {
      yield item;
      continue;
    }
    try {
      yield { where: item.where, doc: validateDocument(item.value, item.where) };
    } catch (error) {
      if (!(error instanceof NewsgraphError)) throw error;
      yield { where: item.where, error };
    }
  }
}
