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
  const queue: Promise<O>[] = [];
  const state: { done: boolean; failed: boolean; error: unknown; stopped: boolean } = {
    done: false,
    failed: false,
    error: undefined,
    stopped: false,
  };
  let roomMade: (() => void) | undefined;
  let itemAdded: (() => void) | undefined;
  const signal = (which: 'room' | 'item'): void => {
    const wake = which === 'room' ? roomMade : itemAdded;
    if (which === 'room') roomMade = undefined;
    else itemAdded = undefined;
    wake?.();
  };

  const pump = async (): Promise<void> => {
    const iterator = items[Symbol.asyncIterator]();
    try {
      while (!state.stopped) {
        if (queue.length >= limit) {
          await new Promise<void>((resolve) => (roomMade = resolve));
          continue;
        }
        const next = await iterator.next();
        if (next.done === true || state.stopped) break;
        const result = fn(next.value);
        // Observed now so a failure waiting in the queue is not reported as unhandled.
        result.catch(() => undefined);
        queue.push(result);
        signal('item');
      }
    } catch (error) {
      state.failed = true;
      state.error = error;
    } finally {
      state.done = true;
      signal('item');
      if (state.stopped) await iterator.return?.().catch(() => undefined);
    }
  };
  const pumping = pump();

  try {
    for (;;) {
      const head = queue[0];
      if (head === undefined) {
        if (state.done) {
          if (state.failed) throw state.error;
          return;
        }
        await new Promise<void>((resolve) => (itemAdded = resolve));
        continue;
      }
      // Counted as in flight until taken, so at most maxInFlight calls ever run at once.
      const result = await head;
      void queue.shift();
      signal('room');
      yield result;
    }
  } finally {
    state.stopped = true;
    signal('room');
    // Unfinished work is not waited for: its results are discarded and its errors observed.
    void pumping;
  }
}
