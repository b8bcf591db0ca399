import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * Writes a generated data file, or with `check` writes nothing and exits 1 (one line on stderr)
 * when the committed file differs from what the script made of `source`, 0 when it matches.
 */
export function writeGenerated(file, content, { check, source }) {
  if (!check) {
    writeFileSync(file, content);
    return;
  }
  const committed = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (committed !== content) {
    process.stderr.write(`${file}: differs from a fresh run on ${source}; rerun its script\n`);
    process.exit(1);
  }
  process.stderr.write(`${file}: matches ${source}\n`);
  process.exit(0);
}
