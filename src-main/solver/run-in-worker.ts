import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Proposal } from '../../src-shared/rules';
import type { Progress } from './search';
import { solve, type SolveRequest } from './solve';
import type { WorkerInput, WorkerMessage } from './solver-worker';

/**
 * Runs a solve off the main thread: in the built app the bundled `solver-worker.js` next to
 * the main bundle; under tsx/vitest the TypeScript source through tsx's loader. Where neither
 * can start (a test runner without worker support) it solves in-process with the same hooks,
 * so callers see one interface either way.
 */
export interface SolverRun {
  promise: Promise<Proposal>;
  cancel(): void;
}

function workerEntry(): { code: string; eval: boolean } | null {
  const here = dirname(fileURLToPath(import.meta.url));
  // Next to the main bundle, or one level up when this module landed in a shared chunk.
  for (const built of [join(here, 'solver-worker.js'), join(here, '..', 'solver-worker.js')]) {
    if (existsSync(built)) return { code: built, eval: false };
  }
  const source = join(here, 'solver-worker.ts');
  // Node 20 does not pass --import hooks to workers: register tsx inside the worker, then load the source.
  const url = JSON.stringify(pathToFileURL(source).href);
  if (existsSync(source))
    return { code: `import('tsx/esm/api').then((m) => { m.register(); return import(${url}); });`, eval: true };
  return null;
}

export function runSolver(request: SolveRequest, onProgress?: (p: Progress) => void, inProcess = false): SolverRun {
  const cancel = new SharedArrayBuffer(4);
  const flag = new Int32Array(cancel);
  const entry = inProcess ? null : workerEntry();
  if (!entry) {
    const promise = new Promise<Proposal>((resolve, reject) => {
      // Yield once so cancel() called right after start is seen.
      setImmediate(() => {
        try {
          resolve(solve(request, { onProgress, shouldStop: () => Atomics.load(flag, 0) !== 0 }));
        } catch (e) {
          reject(e instanceof Error ? e : new Error(String(e)));
        }
      });
    });
    return { promise, cancel: () => Atomics.store(flag, 0, 1) };
  }
  const worker = new Worker(entry.code, { eval: entry.eval, workerData: { request, cancel } satisfies WorkerInput });
  const promise = new Promise<Proposal>((resolve, reject) => {
    worker.on('message', (msg: WorkerMessage) => {
      if (msg.type === 'progress') onProgress?.(msg.progress);
      else if (msg.type === 'done') resolve(msg.proposal);
      else reject(new Error(msg.message));
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`solver worker exited with code ${code}`));
    });
  });
  void promise.finally(() => void worker.terminate()).catch(() => undefined);
  return { promise, cancel: () => Atomics.store(flag, 0, 1) };
}
