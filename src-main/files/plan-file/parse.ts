import { LIMITS, boundedGunzip, checkFileSize, decodeUtf8Strict, isGzip, refuse } from '../limits';
import { parseUntrustedJson } from '../safe-json';
import { PLAN_FILE_FORMAT, PLAN_FILE_VERSION, type PlanFile, PlanFileBody, PlanFileHeader } from './format';

/**
 * Reads a `.dangqi` file's bytes into a checked PlanFile, or throws FileRefused with the reason.
 * Pure and synchronous: it runs inside the file worker (file-worker.ts), never on the main
 * process's event loop, and writes nothing.
 */
export function parsePlanFile(bytes: Uint8Array): PlanFile {
  checkFileSize(bytes);
  const raw = isGzip(bytes) ? boundedGunzip(bytes) : bytes;
  if (raw.length > LIMITS.maxExpandedBytes) refuse('too_large_expanded', '文件过大。', 'The file is too large.');
  // Random bytes are "not a plan file" to the planner, not a text-encoding problem.
  let text: string;
  try {
    text = decodeUtf8Strict(raw);
  } catch {
    notAPlanFile();
  }
  if (
    !text
      .replace(/^\uFEFF/, '')
      .trimStart()
      .startsWith('{')
  )
    notAPlanFile();
  const value = parseUntrustedJson(text.replace(/^\uFEFF/, ''));

  const header = PlanFileHeader.safeParse(value);
  if (!header.success) notAPlanFile();
  if (header.data.version > PLAN_FILE_VERSION) {
    refuse(
      'newer_version',
      `此文件由更新版本的档期创建（文件格式第 ${header.data.version} 版，本程序支持到第 ${PLAN_FILE_VERSION} 版），请升级档期后再打开。`,
      `This file was written by a newer Dangqi (file format version ${header.data.version}; this version reads up to ${PLAN_FILE_VERSION}). Update Dangqi to open it.`,
    );
  }
  const body = PlanFileBody.safeParse(value);
  if (!body.success) {
    const issues = body.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.')}: ${i.message}`)
      .join('; ');
    refuse(
      'invalid',
      `文件内容不符合方案文件格式：${issues}`,
      `The file does not follow the plan file format: ${issues}`,
    );
  }
  checkReferences(body.data);
  return body.data;
}

function notAPlanFile(): never {
  refuse(
    'not_plan_file',
    `这不是档期方案文件（.dangqi，${PLAN_FILE_FORMAT}），或文件已损坏。`,
    `This is not a Dangqi plan file (.dangqi, ${PLAN_FILE_FORMAT}), or it is damaged.`,
  );
}

/**
 * Every hard reference (the ones the database enforces with a foreign key) must resolve inside
 * the file, and ids must be unique, so that applying can never half-fail on a constraint.
 * Soft links (risk trigger KPI, linked activities, task dependencies) may dangle, as they may
 * in the database.
 */
function checkReferences(f: PlanFile): void {
  const seen = new Set<string>();
  const unique = (id: string) => {
    if (seen.has(id)) broken(`duplicate id ${id}`);
    seen.add(id);
  };
  const lists = [f.plans, f.resources, f.segments, f.activities, f.budgetLines, f.risks, f.kpis, f.tasks, f.baselines];
  for (const list of lists) for (const row of list) unique(row.id);

  const plans = new Set(f.plans.map((p) => p.id));
  const resources = new Set(f.resources.map((r) => r.id));
  const segments = new Set(f.segments.map((s) => s.id));
  const activityPlan = new Map(f.activities.map((a) => [a.id, a.planId]));
  for (const a of f.activities) {
    if (!plans.has(a.planId)) broken(`activity ${a.id} belongs to no plan in the file`);
    for (const c of a.claims) if (!resources.has(c.resourceId)) broken(`activity ${a.id} claims a missing resource`);
    for (const s of a.segmentIds) if (!segments.has(s)) broken(`activity ${a.id} targets a missing segment`);
  }
  for (const item of [...f.budgetLines, ...f.risks, ...f.kpis, ...f.tasks]) {
    if (!plans.has(item.planId)) broken(`item ${item.id} belongs to no plan in the file`);
    if (item.activityId !== null && activityPlan.get(item.activityId) !== item.planId) {
      broken(`item ${item.id} hangs off an activity of another plan or a missing one`);
    }
  }
  // A baseline's content may name what has since been deleted (that is what it is for); only its
  // plan is a hard reference. One reference per plan, as the workspace keeps it.
  const referenced = new Set<string>();
  for (const b of f.baselines) {
    if (!plans.has(b.planId)) broken(`baseline ${b.id} belongs to no plan in the file`);
    if (b.isReference && referenced.has(b.planId)) broken(`plan ${b.planId} has two reference baselines`);
    if (b.isReference) referenced.add(b.planId);
  }
}

function broken(detail: string): never {
  refuse('broken_refs', `文件内部引用不一致：${detail}`, `The file's references are inconsistent: ${detail}`);
}
