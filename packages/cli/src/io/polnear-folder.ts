import { basename, join } from 'node:path';
import type { PolnearArticle } from '@newsgraph/evaluation';
import { folderNames } from './folder-names.js';
import { readText } from './read-text.js';

/** Each `text/NAME.txt` of a PolNeAR folder with `attributions/NAME.ann`, in name order. */
export async function* readPolnearFolder(dir: string): AsyncGenerator<PolnearArticle> {
  const textDir = join(dir, 'text');
  const names = await folderNames(textDir, {
    suffix: '.txt',
    unreadable: 'cannot read the PolNeAR text folder',
    empty: 'no *.txt articles',
    hint: 'give the folder that holds text/ and attributions/',
  });
  for (const name of names) {
    const article = basename(name, '.txt');
    const text = await readText(join(textDir, name));
    const annPath = join(dir, 'attributions', `${article}.ann`);
    yield { article, text, ann: await readText(annPath), annPath };
  }
}
