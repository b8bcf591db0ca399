import { readFile } from 'node:fs/promises';
import { NewsgraphError } from '@newsgraph/graph-schema';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Reads an article: UTF-8 text, not empty, not binary. Errors name the file. */
export async function readText(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new NewsgraphError('INPUT_UNREADABLE', `cannot read file (${reason})`, {
      where: path,
      cause,
    });
  }
  return decodeText(bytes, path);
}

export function decodeText(bytes: Uint8Array, where: string): string {
  if (bytes.includes(0)) {
    throw new NewsgraphError('INPUT_BINARY', 'binary file, expected UTF-8 text', { where });
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch (cause) {
    throw new NewsgraphError('INPUT_ENCODING', 'not valid UTF-8', {
      where,
      cause,
      hint: 'convert it first, for example with iconv -t UTF-8',
    });
  }
  if (text.trim() === '') throw new NewsgraphError('INPUT_EMPTY', 'empty file', { where });
  return text;
}
