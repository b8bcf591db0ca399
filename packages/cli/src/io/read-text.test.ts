import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readText } from './read-text.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-read-'));
const file = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('readText', () => {
  it('reads UTF-8 text', async () => {
    expect(await readText(file('ok.txt', 'Héllo “world”'))).toBe('Héllo “world”');
  });
  it('rejects an empty or blank file', async () => {
    await expect(readText(file('empty.txt', ' \n\n'))).rejects.toMatchObject({
      code: 'INPUT_EMPTY',
    });
  });
  it('rejects binary content', async () => {
    await expect(
      readText(file('bin.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]))),
    ).rejects.toMatchObject({
      code: 'INPUT_BINARY',
    });
  });
  it('rejects text that is not UTF-8, naming the file', async () => {
    const path = file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    await expect(readText(path)).rejects.toThrow(
      expect.objectContaining({ where: path, message: expect.stringMatching(/^not valid UTF-8/) }),
    );
  });
  it('names a missing file', async () => {
    await expect(readText(join(dir, 'missing.txt'))).rejects.toThrow(
      expect.objectContaining({
        where: join(dir, 'missing.txt'),
        message: expect.stringMatching(/^cannot read file \(ENOENT\)/),
      }),
    );
  });
});
