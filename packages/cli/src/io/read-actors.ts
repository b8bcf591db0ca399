import { readActors, type Actor } from '@newsgraph/extractor';
import { readText } from './read-text.js';

/**
 * The actors of `--actors FILE` dictionaries (Phoenix format), in the order given: on a name two
 * files share, the later file wins. A malformed file fails with its path and line.
 */
export async function readActorFiles(
  paths: readonly string[] | undefined,
): Promise<Actor[] | undefined> {
  if (paths === undefined || paths.length === 0) return undefined;
  const actors: Actor[] = [];
  for (const path of paths) actors.push(...readActors(await readText(path), path));
  return actors;
}
