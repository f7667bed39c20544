import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../src-shared/errors';
import { LIMITS, type Refusal } from './limits';
import type { JobResults, WorkerJob } from './worker-jobs';

type Reply = { ok: true; value: unknown } | { ok: false; refusal: Refusal };

/**
 * Runs one parse job in a fresh worker with a memory cap and a timeout, so a hostile file can
 * neither block the main process's event loop nor exhaust its heap. A fresh worker per file
 * costs ~100 ms and means no state survives from one untrusted file to the next.
 */
export async function parseInWorker<K extends WorkerJob['kind']>(
  job: Extract<WorkerJob, { kind: K }>,
  timeoutMs: number = LIMITS.workerTimeoutMs,
): Promise<JobResults[K]> {
  const entry = workerEntry();
  const worker = new Worker(entry.code, {
    eval: entry.eval,
    resourceLimits: { maxOldGenerationSizeMb: 768, maxYoungGenerationSizeMb: 64, stackSizeMb: 4 },
  });
  try {
    const reply = await new Promise<Reply>((resolve, reject) => {
      const timer = setTimeout(() => reject(timedOut(timeoutMs)), timeoutMs);
      worker.once('message', (m: Reply) => {
        clearTimeout(timer);
        resolve(m);
      });
      worker.once('error', (e: Error & { code?: string }) => {
        clearTimeout(timer);
        // Out of memory inside the worker is the file's fault; anything else is ours.
        if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') {
          reject(
            refused({
              code: 'too_large_expanded',
              zh: '文件过大，读取时超出内存上限。',
              en: 'The file is too large: reading it exceeded the memory limit.',
            }),
          );
        } else reject(e);
      });
      worker.once('exit', (code) => {
        clearTimeout(timer);
        reject(
          refused({
            code: 'worker_exit',
            zh: `读取文件的进程意外退出（${code}）。`,
            en: `The file reader stopped unexpectedly (${code}).`,
          }),
        );
      });
      worker.postMessage(job);
    });
    if (!reply.ok) throw refused(reply.refusal);
    return reply.value as JobResults[K];
  } finally {
    await worker.terminate();
  }
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
