/**
 * Worker entry: runs integrity checks (integrity.ts) off the main thread, so checking a
 * 100k-activity workspace or a fresh backup never stalls an edit, and a check that runs too long
 * can be abandoned at open (check-runner.ts). One job at a time, answered by id.
 */
import { parentPort } from 'node:worker_threads';
import { type CheckReport, type CheckRequest, checkDatabaseFile } from './integrity';

export type CheckReply = { ok: true; report: CheckReport } | { ok: false; code: string; message: string };
export interface CheckJob {
  id: number;
  request: CheckRequest;
}

export function runCheckJob(request: CheckRequest): CheckReply {
  try {
    return { ok: true, report: checkDatabaseFile(request) };
  } catch (error) {
    const e = error as { code?: unknown; message?: unknown };
    return { ok: false, code: typeof e.code === 'string' ? e.code : 'ERROR', message: String(e.message ?? error) };
  }
}

parentPort?.on('message', (job: CheckJob) => {
  parentPort?.postMessage({ id: job.id, reply: runCheckJob(job.request) });
});
