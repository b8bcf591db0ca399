import type { CliContext } from './context.js';

export interface Progress {
  tick(done: number): void;
  setTotal(total: number): void;
  finish(): void;
}

const quiet: Progress = { tick() {}, setTotal() {}, finish() {} };

/**
 * A one-line progress bar on stderr (done/total, rate, ETA), redrawn at most ten times a
 * second. Quiet when stderr is not a terminal, so logs and pipes stay clean.
 */
export function progressBar(ctx: CliContext, label: string, total = 0): Progress {
  if (!ctx.stderr.isTTY) return quiet;
  const started = Date.now();
  let last = 0;
  let shown = false;
  let count = 0;
  const draw = (): void => {
    const secs = Math.max((Date.now() - started) / 1000, 0.001);
    const rate = count / secs;
    const width = 24;
    const share = total > 0 ? Math.min(count / total, 1) : 0;
    const bar = '#'.repeat(Math.round(share * width)).padEnd(width, '.');
    const eta = total > 0 && rate > 0 ? `ETA ${formatSeconds((total - count) / rate)}` : '';
    const of = total > 0 ? `/${total}` : '';
    ctx.stderr.write(`\r${label} [${bar}] ${count}${of} ${rate.toFixed(1)}/s ${eta}\u001b[K`);
    shown = true;
  };
  return {
    tick(done) {
      count = done;
      const now = Date.now();
      if (now - last >= 100) {
        last = now;
        draw();
      }
    },
    setTotal(n) {
      total = n;
    },
    finish() {
      if (shown) {
        // Done is done: an unknown total, or a stale one, becomes what was counted.
        total = count;
        draw();
        ctx.stderr.write('\n');
      }
    },
  };
}

function formatSeconds(s: number): string {
  if (s < 60) return `${Math.ceil(s)}s`;
  return `${Math.floor(s / 60)}m${String(Math.ceil(s % 60)).padStart(2, '0')}s`;
}
