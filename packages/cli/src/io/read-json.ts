import { parseJson } from './jsonl.js';
import { readText } from './read-text.js';

/** Reads and parses one JSON file; errors name the file. */
export async function readJson(path: string): Promise<unknown> {
  const parsed = parseJson(await readText(path), path);
  if ('error' in parsed) throw parsed.error;
  return parsed.value;
}
