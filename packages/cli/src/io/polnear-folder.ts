import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { PolnearArticle } from '@newsgraph/evaluation';
import { NewsgraphError } from '@newsgraph/graph-schema';
import { readText } from './read-text.js';

/** Each `text/NAME.txt` of a PolNeAR folder with `attributions/NAME.ann`, in name order. */
export async function* readPolnearFolder(dir: string): AsyncGenerator<PolnearArticle> {
  const textDir = join(dir, 'text');
  let names: string[];
  try {
    names = (await readdir(textDir)).filter((n) => n.endsWith('.txt')).sort();
  } catch (cause) {
    throw new NewsgraphError('INPUT_UNREADABLE', 'cannot read the PolNeAR text folder', {
      where: textDir,
      cause,
      hint: 'give the folder that holds text/ and attributions/',
    });
  }
  if (names.length === 0)
    throw new NewsgraphError('INPUT_EMPTY', 'no *.txt articles', { where: textDir });
  for (const name of names) {
    const article = basename(name, '.txt');
    const text = await readText(join(textDir, name));
    const annPath = join(dir, 'attributions', `${article}.ann`);
    yield { article, text, ann: await readText(annPath), annPath };
  }
}
