import { basename, extname } from 'node:path';
import type { Readable } from 'node:stream';
import { NewsgraphError, isNewsgraphError } from '@newsgraph/graph-schema';
import type { ArticleItem } from '@newsgraph/parallel';
import { z } from 'zod';
import { readJsonLines } from './jsonl.js';
import { listInputs } from './list-inputs.js';
import { readText } from './read-text.js';

const JsonArticleSchema = z.object({
  text: z.string().min(1),
  id: z.string().min(1).optional(),
  title: z.string().optional(),
  url: z.string().optional(),
  publishedAt: z.string().optional(),
  source: z.string().optional(),
  language: z.string().optional(),
});

/** The id of a file's article: its name without the extension, stable wherever it is read. */
export function articleIdFor(path: string): string {
  return basename(path, extname(path));
}

/** Articles from .txt files, .jsonl files (one `{text, id, title, …}` per line), folders or stdin. */
export async function* readArticles(
  paths: readonly string[],
  stdin: Readable,
): AsyncGenerator<ArticleItem> {
  const named = paths.filter((p) => p !== '-');
  if (named.length < paths.length) yield* articlesFromJsonl(stdin, 'stdin');
  for await (const input of listInputs(named, ['.txt', '.jsonl'])) {
    const { path } = input;
    if ('error' in input) {
      yield { where: path, error: input.error };
      continue;
    }
    if (extname(path) === '.jsonl') {
      yield* articlesFromJsonl(path, path);
      continue;
    }
    try {
      yield { where: path, text: await readText(path), meta: { id: articleIdFor(path) } };
    } catch (error) {
      if (!isNewsgraphError(error)) throw error;
      yield { where: path, error };
    }
  }
}

async function* articlesFromJsonl(
  input: Readable | string,
  name: string,
): AsyncGenerator<ArticleItem> {
  for await (const item of readJsonLines(input, name)) {
    if ('error' in item) {
      yield item;
      continue;
    }
    const parsed = JsonArticleSchema.safeParse(item.value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join('.') || 'line';
      yield {
        where: item.where,
        error: new NewsgraphError('SCHEMA_VIOLATION', `${field}: ${issue?.message ?? 'invalid'}`, {
          where: item.where,
        }),
      };
      continue;
    }
    const { text, ...meta } = parsed.data;
    yield {
      where: item.where,
      text,
      meta: { ...meta, id: meta.id ?? item.where.replace(/[^\w.-]+/g, '-') },
    };
  }
}
