// Test fixture for worker-pool.test.ts: plain JS, so a worker thread runs it without a build.
// Answers { value, delayMs } with { value, thread } after busy-waiting delayMs; { crash } throws.
import { parentPort, threadId, workerData } from 'node:worker_threads';

parentPort.on('message', (msg) => {
  if (msg.crash) throw new Error('boom');
  if (msg.exit) process.exit(3);
  const until = Date.now() + (msg.delayMs ?? 0);
  while (Date.now() < until);
  parentPort.postMessage({ value: msg.value, thread: threadId, data: workerData });
});
