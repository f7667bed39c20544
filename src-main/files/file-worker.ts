import { parentPort } from 'node:worker_threads';
import { FileRefused } from './limits';
import { type WorkerJob, runJob } from './worker-jobs';

/**
 * The file worker: parses one untrusted file per message off the main process's event loop
 * (Electron's security advice), inside the resource limits worker-client.ts sets. It only reads
 * the bytes it is given and answers plain data; it has no database handle and writes nothing.
 */
parentPort?.on('message', (msg: { id: number; job: WorkerJob }) => {
  void (async () => {
    try {
      const value = await runJob(msg.job);
      parentPort?.postMessage({ id: msg.id, ok: true, value });
    } catch (error) {
      if (error instanceof FileRefused) parentPort?.postMessage({ id: msg.id, ok: false, refusal: error.refusal });
      else {
        // A parser bug or a library's internal error: the planner gets what happened, not its JavaScript.
        parentPort?.postMessage({
          id: msg.id,
          ok: false,
          refusal: {
            code: 'unreadable',
            zh: '无法读取此文件：它的内容不符合所选的文件格式，或已损坏。',
            en: 'The file could not be read: its content does not follow the chosen format, or it is damaged.',
          },
        });
      }
    }
  })();
});
