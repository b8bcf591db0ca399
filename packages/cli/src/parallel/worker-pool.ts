import { Worker } from 'node:worker_threads';
import { NewsgraphError } from '@newsgraph/graph-schema';

export interface WorkerPoolOptions {
  /** Threads to start. */
  size: number;
  /** Passed to every worker as `workerData`. */
  workerData?: unknown;
  /**
   * Tasks handed to one worker before it is done with the first: its next task is waiting in its
   * message queue when it finishes, instead of after a round trip through a busy main thread.
   */
  perWorker?: number;
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

export function createWorkerPool<Req, Res>(
  script: URL,
  options: WorkerPoolOptions,
): WorkerPool<Req, Res> {
  const perWorker = Math.max(1, options.perWorker ?? 2);
  const waiting: Task<Req, Res>[] = [];
  let failure: NewsgraphError | undefined;
  let closing = false;

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
  const startSlot = (index: number): Slot<Req, Res> => {
    const worker = new Worker(script, { workerData: options.workerData });
    const slot: Slot<Req, Res> = { worker, running: [] };
    worker.on('message', (message: Res) => {
      slot.running.shift()?.resolve(message);
      dispatch();
    });
    worker.on('error', (error) => {
      fail(
        new NewsgraphError('INTERNAL', `worker thread ${index + 1} failed: ${error.message}`, {
          cause: error,
        }),
      );
    });
    worker.on('exit', (code) => {
      if (!closing)
        fail(new NewsgraphError('INTERNAL', `worker thread ${index + 1} exited (code ${code})`));
    });
    return slot;
  };
  const slots: Slot<Req, Res>[] = Array.from({ length: Math.max(1, options.size) }, (_, i) =>
    startSlot(i),
  );

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
