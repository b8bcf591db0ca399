export interface OrderedMapOptions {
  /**
   * Items started but not yet taken by the consumer, at most. It bounds memory whatever the size
   * of the input, and it is how far work may run ahead of a slow consumer (a database load).
   */
  maxInFlight: number;
}

/**
 * Maps `items` through `fn` with up to `maxInFlight` calls at once and yields the results in input
 * order. Input is pulled eagerly, independently of the consumer, so work goes on while the
 * consumer awaits something else; once `maxInFlight` results wait unconsumed, reading stops
 * (backpressure). A rejected `fn` or a failing input is thrown to the consumer in its place in the
 * order. When the consumer stops early, reading stops and the input is closed.
 */
export async function* mapOrdered<I, O>(
  items: AsyncIterable<I>,
  fn: (item: I) => Promise<O>,
  options: OrderedMapOptions,
): AsyncGenerator<O> {
  const limit = Math.max(1, Math.floor(options.maxInFlight));
  const run = new OrderedRun<O>();
  const pumping = pump(items, fn, limit, run);
  try {
    for (;;) {
      const head = run.queue[0];
      if (head === undefined) {
        if (run.done) {
          if (run.failed) throw run.error;
          return;
        }
        await run.wait('item');
        continue;
      }
      // Counted as in flight until taken, so at most maxInFlight calls ever run at once.
      const result = await head;
      void run.queue.shift();
      run.signal('room');
      yield result;
    }
  } finally {
    run.stopped = true;
    run.signal('room');
    // Unfinished work is not waited for: its results are discarded and its errors observed.
    void pumping;
  }
}

/** What the reader (pump) and the consumer of one mapOrdered share: the queue, and wake-ups. */
class OrderedRun<O> {
  readonly queue: Promise<O>[] = [];
  done = false;
  failed = false;
  error: unknown = undefined;
  stopped = false;
  private wakes: { room?: (() => void) | undefined; item?: (() => void) | undefined } = {};

  wait(which: 'room' | 'item'): Promise<void> {
    return new Promise<void>((resolve) => (this.wakes[which] = resolve));
  }

  signal(which: 'room' | 'item'): void {
    const wake = this.wakes[which];
    this.wakes[which] = undefined;
    wake?.();
  }
}

/** Reads the input into the queue, starting `fn` on each item, while there is room. */
async function pump<I, O>(
  items: AsyncIterable<I>,
  fn: (item: I) => Promise<O>,
  limit: number,
  run: OrderedRun<O>,
): Promise<void> {
  const iterator = items[Symbol.asyncIterator]();
  try {
    while (!run.stopped) {
      if (run.queue.length >= limit) {
        await run.wait('room');
        continue;
      }
      const next = await iterator.next();
      if (next.done === true || run.stopped) break;
      const result = fn(next.value);
      // Observed now so a failure waiting in the queue is not reported as unhandled.
      result.catch(() => undefined);
      run.queue.push(result);
      run.signal('item');
    }
  } catch (error) {
    run.failed = true;
    run.error = error;
  } finally {
    run.done = true;
    run.signal('item');
    if (run.stopped) await iterator.return?.().catch(() => undefined);
  }
}
