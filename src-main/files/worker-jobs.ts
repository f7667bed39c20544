import { parsePlanFile } from './plan-file/parse';
import type { PlanFile } from './plan-file/format';

/** What the file worker can be asked to do; each job is a pure parser over bytes. */
export type WorkerJob = { kind: 'plan-file'; bytes: Uint8Array };

export interface JobResults {
  'plan-file': PlanFile;
}

export async function runJob(job: WorkerJob): Promise<JobResults[WorkerJob['kind']]> {
  switch (job.kind) {
    case 'plan-file':
      return parsePlanFile(job.bytes);
  }
}
