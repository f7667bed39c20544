import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type CheckJob, type CheckReply, runCheckJob } from './check-worker';
import type { CheckRequest } from './integrity';

export type CheckOutcome = CheckReply | { ok: false; code: 'TIMEOUT'; message: string };

/** The bundled worker next to the main bundle, or the TypeScript source through tsx (tests). */
function workerEntry(): { code: string; eval: boolean } | null {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const built of [join(here, 'check-worker.js'), join(here, '..', 'check-worker.js')]) {
    if (existsSync(built)) return { code: built, eval: false };
  }
  const source = join(here, 'check-worker.ts');
  const url = JSON.stringify(pathToFileURL(source).href);
  if (existsSync(source))
    return { code: `import('tsx/esm/api').then((m) => { m.register(); return import(${url}); });`, eval: true };
  return null;
}

/**
 * One warm worker (starting one costs more than checking a small file), running one check at a
 * time and never keeping the process alive. A check past its time bound gets TIMEOUT and its
 * worker is discarded (SQLite finishes the statement in that thread without holding up the
 * main one); the next check starts a fresh worker.
 */
class CheckWorkerHost {
  private worker: Worker | null = null;
  /** A background worker runs at a lower priority (check-worker.ts), for backups. */
  constructor(private readonly background: boolean) {}

  private nextId = 1;
  private chain: Promise<unknown> = Promise.resolve();

  run(request: CheckRequest, timeoutMs: number): Promise<CheckOutcome> {
    const result = this.chain.then(() => this.runNow(request, timeoutMs));
    this.chain = result.catch(() => undefined);
    return result;
  }

  private runNow(request: CheckRequest, timeoutMs: number): Promise<CheckOutcome> {
    const entry = workerEntry();
    if (!entry) return runCheckJob(request);
    const worker = (this.worker ??= this.start(entry));
    const id = this.nextId++;
    return new Promise<CheckOutcome>((resolve) => {
      const finish = (outcome: CheckOutcome, discard: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (discard) this.discard(worker);
        resolve(outcome);
      };
      const onMessage = (m: { id: number; reply: CheckReply }) => {
        if (m.id === id) finish(m.reply, false);
      };
      const onError = (e: Error) => finish({ ok: false, code: 'WORKER', message: e.message }, true);
      const onExit = (code: number) =>
        finish({ ok: false, code: 'WORKER', message: `check worker exited with ${code}` }, true);
      const timer = setTimeout(
        () => finish({ ok: false, code: 'TIMEOUT', message: `check took longer than ${timeoutMs} ms` }, true),
        timeoutMs,
      );
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.ref();
      worker.postMessage({ id, request } satisfies CheckJob);
    }).finally(() => this.worker?.unref());
  }

  private start(entry: { code: string; eval: boolean }): Worker {
    const worker = new Worker(entry.code, { eval: entry.eval, workerData: { background: this.background } });
    worker.on('error', () => undefined);
    worker.unref();
    return worker;
  }

  private discard(worker: Worker): void {
    if (this.worker === worker) this.worker = null;
    void worker.terminate();
  }
}

/** Checks at open and while open, which the planner may be waiting for. */
const host = new CheckWorkerHost(false);
/** Backups (copy and check), which nobody waits for: they give way to the thread answering edits. */
const backupHost = new CheckWorkerHost(true);

/**
 * Below this size a check takes a few milliseconds (about 5 ms a megabyte): it runs in-process,
 * cheaper than a message to the worker and far cheaper than starting one.
 */
export const IN_PROCESS_BYTES = 4 * 1024 * 1024;

/**
 * Runs a check (or a backup and its check, with `copyFrom`), in the warm worker thread for a
 * large file, bounded by `timeoutMs`.
 */
export function runCheck(request: CheckRequest, timeoutMs: number): Promise<CheckOutcome> {
  const file = request.copyFrom ?? request.file;
  if (sizeOf(file) + sizeOf(`${file}-wal`) < IN_PROCESS_BYTES) return runCheckJob(request);
  return (request.copyFrom ? backupHost : host).run(request, timeoutMs);
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
