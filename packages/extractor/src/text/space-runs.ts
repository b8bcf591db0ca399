const SPACE_RE = /\s/;

/**
 * How many runs of whitespace (the characters /\s/ matches) `text` holds, counted up to `limit`:
 * `text.split(/\s+/).length - 1` without the parts, since the parts are one more than the runs.
 */
export function spaceRuns(text: string, limit = Infinity): number {
  let runs = 0;
  let inRun = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space =
      code < 128 ? code === 32 || (code >= 9 && code <= 13) : SPACE_RE.test(text.charAt(i));
    if (space && !inRun && ++runs >= limit) return runs;
    inRun = space;
  }
  return runs;
}
