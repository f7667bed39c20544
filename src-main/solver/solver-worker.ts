import { parentPort, workerData } from 'node:worker_threads';
import type { Progress } from './search';
import { solve, type SolveRequest } from './solve';

/**
 * The solver's thread. It receives one request with a shared cancel flag, posts progress as it
 * goes and the proposal (or an error) at the end. The search loop is synchronous, so cancel is
 * a SharedArrayBuffer the loop polls, not a message it would never get to read.
 */
export interface WorkerInput {
  request: SolveRequest;
  cancel: SharedArrayBuffer;
}

export type WorkerMessage =
  | { type: 'progress'; progress: Progress }
  | { type: 'done'; proposal: ReturnType<typeof solve> }
  | { type: 'error'; message: string };

const port = parentPort;
if (port) {
  const { request, cancel } = workerData as WorkerInput;
  const flag = new Int32Array(cancel);
  try {
    const proposal = solve(request, {
      onProgress: (progress) => port.postMessage({ type: 'progress', progress } satisfies WorkerMessage),
      shouldStop: () => Atomics.load(flag, 0) !== 0,
    });
    port.postMessage({ type: 'done', proposal } satisfies WorkerMessage);
  } catch (e) {
    port.postMessage({ type: 'error', message: e instanceof Error ? e.message : String(e) } satisfies WorkerMessage);
  }
}
