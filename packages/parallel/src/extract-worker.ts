/** Worker thread body: answers each ExtractRequest with one ExtractResult, in order. */
import { parentPort, workerData } from 'node:worker_threads';
import {
  extractOne,
  toErrorData,
  type ExtractRequest,
  type ExtractResult,
  type ExtractTaskOptions,
} from './extract-task.js';

const port = parentPort;
if (port === null) throw new Error('extract-worker.js runs as a worker thread only');
const options = (workerData ?? {}) as ExtractTaskOptions;

port.on('message', (request: ExtractRequest) => {
  try {
    port.postMessage(extractOne(request, options));
  } catch (error) {
    // The result could not be cloned: still exactly one answer per request, or the pool misorders.
    port.postMessage({ error: toErrorData(error, request.where) } satisfies ExtractResult);
  }
});
