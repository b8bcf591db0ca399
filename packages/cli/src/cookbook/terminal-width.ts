/**
 * How wide a table may be: the terminal's width when stdout is one, else $COLUMNS when it is a
 * number (a pager, `watch`), else unlimited so that pipes and files get whole cells.
 */
export function terminalWidth(
  stdout: { isTTY?: boolean; columns?: number },
  env: NodeJS.ProcessEnv,
): number | undefined {
  if (stdout.isTTY === true && stdout.columns !== undefined && stdout.columns > 0)
    return stdout.columns;
  const fromEnv = Number(env.COLUMNS);
  return Number.isSafeInteger(fromEnv) && fromEnv > 0 ? fromEnv : undefined;
}
