import { rename, writeFile } from 'node:fs/promises';

/** Writes via a temporary file and a rename, so a crash never leaves half a file behind. */
export async function writeAtomic(path: string, content: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, content, 'utf8');
  await rename(tmp, path);
}
