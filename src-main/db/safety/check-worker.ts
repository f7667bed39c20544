/**
 * Worker entry: runs integrity checks (integrity.ts) and backups (online-backup.ts) off the main
 * thread, so copying and checking a 100k-activity workspace never stalls an edit, and a check
 * that runs too long can be abandoned at open (check-runner.ts). One job at a time, answered by id.
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { type CheckReport, type CheckRequest, checkDatabaseFile } from './integrity';
import { copyLiveWorkspace } from './online-backup';

export type CheckReply = { ok: true; report: CheckReport } | { ok: false; code: string; message: string };
export interface CheckJob {
  id: number;
  request: CheckRequest;
}

/** Checks `request.file`; with `copyFrom`, writes it first as an online backup of that workspace. */
export async function runCheckJob(request: CheckRequest): Promise<CheckReply> {
  try {
    if (request.copyFrom)
      await copyLiveWorkspace({ source: request.copyFrom, dest: request.file, nativeBinding: request.nativeBinding });
    return { ok: true, report: checkDatabaseFile(request) };
  } catch (error) {
    const e = error as { code?: unknown; message?: unknown };
    return { ok: false, code: typeof e.code === 'string' ? e.code : 'ERROR', message: String(e.message ?? error) };
  }
}

/** Nice value of a backup worker: it yields the CPU to the thread answering edits. */
export const BACKGROUND_NICENESS = 10;

/**
 * On Linux a thread has its own nice value, set through its thread id; elsewhere (or without
 * /proc) the worker keeps the normal priority, which costs edits nothing on an idle machine.
 */
function lowerThisThreadsPriority(): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, BACKGROUND_NICENESS);
  } catch {
    // not Linux, or not allowed: run at the normal priority
  }
}

if (parentPort && (workerData as { background?: unknown } | null)?.background === true) lowerThisThreadsPriority();

parentPort?.on('message', (job: CheckJob) => {
  void runCheckJob(job.request).then((reply) => parentPort?.postMessage({ id: job.id, reply }));
});
