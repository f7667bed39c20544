import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../src-shared/errors';
import { LIMITS, type Refusal } from './limits';
import type { JobResults, WorkerJob } from './worker-jobs';

type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; refusal: Refusal };

/**
 * Parses untrusted files in a worker thread with a heap cap and a timeout, so a hostile file
 * can neither block the main process's event loop nor exhaust its heap. One worker is kept warm
 * (a cold one spends most of a second compiling the schemas) and runs one job at a time; a
 * timeout, crash or out-of-memory replaces it. Jobs are pure functions of their bytes, and the
 * one piece of library state (ical.js's zone registry) is reset per job, so nothing carries
 * over from one file to the next.
 */
class FileWorkerHost {
  private worker: Worker | null = null;
  private nextId = 1;
  private chain: Promise<unknown> = Promise.resolve();

  run<K extends WorkerJob['kind']>(job: Extract<WorkerJob, { kind: K }>, timeoutMs: number): Promise<JobResults[K]> {
    const result = this.chain.then(() => this.runNow(job, timeoutMs));
    this.chain = result.catch(() => undefined);
    return result as Promise<JobResults[K]>;
  }

  private runNow(job: WorkerJob, timeoutMs: number): Promise<unknown> {
    const worker = this.ensure();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      const fail = (e: Error) => {
        done();
        this.discard(worker);
        reject(e);
      };
      const onMessage = (m: Reply) => {
        if (m.id !== id) return;
        done();
        if (m.ok) resolve(m.value);
        else reject(refused(m.refusal));
      };
      // Out of memory inside the worker is the file's fault; anything else is ours.
      const onError = (e: Error & { code?: string }) =>
        fail(
          e.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? refused({
                code: 'too_large_expanded',
                zh: '文件过大，读取时超出内存上限。',
                en: 'The file is too large: reading it exceeded the memory limit.',
              })
            : e,
        );
      const onExit = (code: number) =>
        fail(
          refused({
            code: 'worker_exit',
            zh: `读取文件的线程意外退出（${code}）。`,
            en: `The file reader stopped unexpectedly (${code}).`,
          }),
        );
      const timer = setTimeout(() => fail(timedOut(timeoutMs)), timeoutMs);
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.postMessage({ id, job });
    });
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const entry = workerEntry();
    const w = new Worker(entry.code, {
      eval: entry.eval,
      resourceLimits: { maxOldGenerationSizeMb: 768, maxYoungGenerationSizeMb: 64, stackSizeMb: 4 },
    });
    // A warm worker must not keep the app (or a test run) alive on its own.
    w.unref();
    this.worker = w;
    return w;
  }

  private discard(w: Worker): void {
    if (this.worker === w) this.worker = null;
    void w.terminate();
  }
}

const host = new FileWorkerHost();

export function parseInWorker<K extends WorkerJob['kind']>(
  job: Extract<WorkerJob, { kind: K }>,
  timeoutMs: number = LIMITS.workerTimeoutMs,
): Promise<JobResults[K]> {
  return host.run(job, timeoutMs);
}

export function refused(r: Refusal): AppError {
  return new AppError('VALIDATION', { 'zh-CN': r.zh, en: r.en }, { reason: r.code });
}

function timedOut(ms: number): AppError {
  return refused({
    code: 'timeout',
    zh: `读取文件超过 ${ms / 1000} 秒，已停止。文件可能已损坏或带有恶意内容。`,
    en: `Reading the file took longer than ${ms / 1000} s and was stopped. It may be damaged or hostile.`,
  });
}

/**
 * Built app: electron-vite emits `file-worker.js` next to the main bundle (see
 * electron.vite.config.ts). Tests and `tsx` runs: the TypeScript source, loaded through tsx.
 */
function workerEntry(): { code: string; eval: boolean } {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(here, 'file-worker.js'), join(here, '..', 'file-worker.js')]) {
    if (existsSync(candidate)) return { code: candidate, eval: false };
  }
  const source = join(here, 'file-worker.ts');
  if (!existsSync(source)) throw new Error('file worker entry not found next to ' + here);
  // Node 20 does not pass --import hooks to workers: register tsx inside the worker, then load the source.
  const url = JSON.stringify(pathToFileURL(source).href);
  return { code: `import('tsx/esm/api').then((m) => { m.register(); return import(${url}); });`, eval: true };
}
