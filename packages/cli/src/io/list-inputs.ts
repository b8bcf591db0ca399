import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { NewsgraphError } from '@newsgraph/graph-schema';

export type InputPath = { path: string } | { path: string; error: NewsgraphError };

/**
 * Expands files and folders into a sorted list of files with one of `extensions`. A named file
 * is kept whatever its extension; a folder contributes matching files only. A path that cannot
 * be read, or a folder without a matching file, becomes an error item, so the other inputs are
 * still processed.
 */
export async function* listInputs(
  paths: readonly string[],
  extensions: readonly string[],
): AsyncGenerator<InputPath> {
  for (const path of paths) {
    let names: string[] | undefined;
    try {
      const info = await stat(path);
      if (info.isDirectory()) names = (await readdir(path, { recursive: true })).sort();
    } catch (cause) {
      const reason = (cause as NodeJS.ErrnoException).code ?? 'unreadable';
      yield {
        path,
        error: new NewsgraphError('INPUT_UNREADABLE', `no such file or folder (${reason})`, {
          where: path,
          cause,
        }),
      };
      continue;
    }
    if (names === undefined) {
      yield { path };
      continue;
    }
    const matching = names.filter(
      (name) => extensions.includes(extname(name)) && !name.endsWith('.gold.json'),
    );
    // A folder that gives nothing is a mistake to report, not an empty success.
    if (matching.length === 0) {
      const kinds = extensions.join(' or ');
      yield {
        path,
        error: new NewsgraphError('INPUT_EMPTY', `no ${kinds} file in this folder`, {
          where: path,
        }),
      };
    }
    for (const name of matching) yield { path: join(path, name) };
  }
}
