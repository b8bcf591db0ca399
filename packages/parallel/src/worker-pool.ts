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
  return new ThreadPool(script, options);
}

class ThreadPool<Req, Res> implements WorkerPool<Req, Res> {
  readonly size: number;
  private readonly perWorker: number;
  private readonly waiting: Task<Req, Res>[] = [];
  private readonly slots: Slot<Req, Res>[] = [];
  private failure: NewsgraphError | undefined;
  private closing = false;
  private crashesInARow = 0;

  constructor(
    private readonly script: URL,
    private readonly options: WorkerPoolOptions<Req, Res>,
  ) {
    this.perWorker = Math.max(1, options.perWorker ?? 2);
    for (let i = 0; i < Math.max(1, options.size); i += 1) this.slots.push(this.startSlot(i));
    this.size = this.slots.length;
  }

  run(request: Req): Promise<Res> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closing)
      return Promise.reject(new NewsgraphError('INTERNAL', 'the worker pool is closed'));
    return new Promise<Res>((resolve, reject) => {
      this.waiting.push({ request, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    this.fail(
      new NewsgraphError('INTERNAL', 'the worker pool was closed before the task finished'),
    );
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private fail(error: NewsgraphError): void {
    const failure = (this.failure ??= error);
    for (const slot of this.slots) slot.running.splice(0).forEach((t) => t.reject(failure));
    this.waiting.splice(0).forEach((t) => t.reject(failure));
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      while (slot.running.length < this.perWorker && this.waiting.length > 0) {
        const task = this.waiting.shift()!;
        slot.running.push(task);
        slot.worker.postMessage(task.request);
      }
    }
  }

  /** The task at the head died with its thread; those queued behind it start again elsewhere. */
  private crashed(index: number, slot: Slot<Req, Res>, error: NewsgraphError): void {
    if (this.closing || this.failure || this.slots[index] !== slot) return;
    this.crashesInARow += 1;
    const [victim, ...innocent] = slot.running.splice(0);
    if (this.crashesInARow >= MAX_CRASHES_IN_A_ROW || this.options.onCrash === undefined) {
      if (victim) this.waiting.unshift(victim);
      this.waiting.unshift(...innocent);
      this.fail(error);
      return;
    }
    this.waiting.unshift(...innocent);
    if (victim) victim.resolve(this.options.onCrash(victim.request, error));
    this.slots[index] = this.startSlot(index);
    this.dispatch();
  }

  private startSlot(index: number): Slot<Req, Res> {
    const { workerData, resourceLimits } = this.options;
    const worker = new Worker(this.script, {
      workerData,
      ...(resourceLimits ? { resourceLimits } : {}),
    });
    const slot: Slot<Req, Res> = { worker, running: [] };
    worker.on('message', (message: Res) => {
      this.crashesInARow = 0;
      slot.running.shift()?.resolve(message);
      this.dispatch();
    });
    worker.on('error', (error) => {
      const why = `worker thread ${index + 1} failed: ${error.message}`;
      this.crashed(index, slot, new NewsgraphError('INTERNAL', why, { cause: error }));
    });
    worker.on('exit', (code) => {
      const why = `worker thread ${index + 1} exited (code ${code})`;
      this.crashed(index, slot, new NewsgraphError('INTERNAL', why));
    });
    return slot;
  }
}
