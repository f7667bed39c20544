import { parentPort } from 'node:worker_threads';
import { FileRefused } from './limits';
import { type WorkerJob, runJob } from './worker-jobs';

/**
 * The file worker: parses one untrusted file per message off the main process's event loop
 * (Electron's security advice), inside resource limits set by worker-client.ts. It only reads
 * the bytes it is given and answers plain data; it has no database handle and writes nothing.
 */
parentPort?.on('message', (job: WorkerJob) => {
  void (async () => {
    try {
      const value = await runJob(job);
      parentPort?.postMessage({ ok: true, value });
    } catch (error) {
      if (error instanceof FileRefused) parentPort?.postMessage({ ok: false, refusal: error.refusal });
      else {
        const message = error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200);
        parentPort?.postMessage({
          ok: false,
          refusal: {
            code: 'unreadable',
            zh: `无法读取此文件：${message}`,
            en: `The file could not be read: ${message}`,
          },
        });
      }
    }
  })();
});
