import { Worker, type ResourceLimits } from 'node:worker_threads';
import { NewsgraphError } from '@newsgraph/graph-schema';

export interface WorkerPoolOptions<Req, Res> {
  /** Threads to start. */
  size: number;
  /** Passed to every worker as `workerData`. */
  workerData?: unknown;
  /**
   * Tasks handed to one worker before it is done with the first: its next task is waiting in its
   * message queue when it finishes, instead of after a round trip through a busy main thread.
   */
  perWorker?: number;
  /** Heap limits of each thread; a thread that runs out is replaced (see `onCrash`). */
  resourceLimits?: ResourceLimits;
  /**
   * The answer for a task whose thread died under it (out of memory, a native crash): the thread
   * is replaced and the other tasks go on. Without it, the task is rejected with the error.
   */
  onCrash?(request: Req, error: NewsgraphError): Res;
}

/** Worker threads running one script, each answering every message with exactly one, in order. */
export interface WorkerPool<Req, Res> {
  readonly size: number;
  run(request: Req): Promise<Res>;
  /** Stops the threads; tasks not finished are rejected. */
  close(): Promise<void>;
}

interface Task<Req, Res> {
  request: Req;
  resolve(value: Res): void;
  reject(error: unknown): void;
}

interface Slot<Req, Res> {
  worker: Worker;
  running: Task<Req, Res>[];
}

/** Crashes in a row, with no task finished in between, after which the script itself is broken. */
const MAX_CRASHES_IN_A_ROW = 3;

export function createWorkerPool<Req, Res>(
  script: URL,
  options: WorkerPoolOptions<Req, Res>,
): WorkerPool<Req, Res> {
  const perWorker = Math.max(1, options.perWorker ?? 2);
  const waiting: Task<Req, Res>[] = [];
  const slots: Slot<Req, Res>[] = [];
  let failure: NewsgraphError | undefined;
  let closing = false;
  let crashesInARow = 0;

  const fail = (error: NewsgraphError): void => {
    failure ??= error;
    for (const slot of slots) slot.running.splice(0).forEach((t) => t.reject(failure));
    waiting.splice(0).forEach((t) => t.reject(failure));
  };
  const dispatch = (): void => {
    for (const slot of slots) {
      while (slot.running.length < perWorker && waiting.length > 0) {
        const task = waiting.shift()!;
        slot.running.push(task);
        slot.worker.postMessage(task.request);
      }
    }
  };
  /** The task at the head died with its thread; those queued behind it start again elsewhere. */
  const crashed = (index: number, slot: Slot<Req, Res>, error: NewsgraphError): void => {
    if (closing || failure || slots[index] !== slot) return;
    crashesInARow += 1;
    const [victim, ...innocent] = slot.running.splice(0);
    if (crashesInARow >= MAX_CRASHES_IN_A_ROW || options.onCrash === undefined) {
      if (victim) waiting.unshift(victim);
      waiting.unshift(...innocent);
      fail(error);
      return;
    }
    waiting.unshift(...innocent);
    if (victim) victim.resolve(options.onCrash(victim.request, error));
    slots[index] = startSlot(index);
    dispatch();
  };
  const startSlot = (index: number): Slot<Req, Res> => {
    const worker = new Worker(script, {
      workerData: options.workerData,
      ...(options.resourceLimits ? { resourceLimits: options.resourceLimits } : {}),
    });
    const slot: Slot<Req, Res> = { worker, running: [] };
    worker.on('message', (message: Res) => {
      crashesInARow = 0;
      slot.running.shift()?.resolve(message);
      dispatch();
    });
    worker.on('error', (error) => {
      const why = `worker thread ${index + 1} failed: ${error.message}`;
      crashed(index, slot, new NewsgraphError('INTERNAL', why, { cause: error }));
    });
    worker.on('exit', (code) => {
      crashed(
        index,
        slot,
        new NewsgraphError('INTERNAL', `worker thread ${index + 1} exited (code ${code})`),
      );
    });
    return slot;
  };
  for (let i = 0; i < Math.max(1, options.size); i += 1) slots.push(startSlot(i));

  return {
    size: slots.length,
    run(request) {
      if (failure) return Promise.reject(failure);
      if (closing)
        return Promise.reject(new NewsgraphError('INTERNAL', 'the worker pool is closed'));
      return new Promise<Res>((resolve, reject) => {
        waiting.push({ request, resolve, reject });
        dispatch();
      });
    },
    async close() {
      if (closing) return;
      closing = true;
      fail(new NewsgraphError('INTERNAL', 'the worker pool was closed before the task finished'));
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
