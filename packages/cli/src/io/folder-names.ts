import { readdir } from 'node:fs/promises';
import { NewsgraphError } from '@newsgraph/graph-schema';

export interface FolderNames {
  /** Which names count, by how they end: `.json`, `.gold.json`, `.txt`. */
  suffix: string;
  /** The message when the folder cannot be read, e.g. `cannot read the DWIE folder`. */
  unreadable: string;
  /** The message when no name matches, e.g. `no *.json files`. */
  empty: string;
  hint?: string;
}

/** The names in `dir` ending with `suffix`, sorted; an unreadable or empty folder is an error. */
export async function folderNames(dir: string, want: FolderNames): Promise<string[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith(want.suffix)).sort();
  } catch (cause) {
    const { hint } = want;
    throw new NewsgraphError('INPUT_UNREADABLE', want.unreadable, { where: dir, cause, hint });
  }
  if (names.length === 0) throw new NewsgraphError('INPUT_EMPTY', want.empty, { where: dir });
  return names;
}
