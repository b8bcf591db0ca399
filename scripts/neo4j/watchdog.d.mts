// Types for watchdog.mjs.
/**
 * Stops the local server in `dataDir` (and removes the folder if asked) once process `pid`
 * (default: this one) is gone, even if it was killed; cancel() when you stop it yourself.
 */
export function stopWithProcess(options: {
  dataDir: string;
  pid?: number;
  removeDataDir?: boolean;
}): {
  cancel(): void;
};
