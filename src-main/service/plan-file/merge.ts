import { AppError } from '../../../src-shared/errors';
import type { MergeConflict, PlanMergePreview } from '../../../src-shared/contract-merge';
import type { Finding } from '../../../src-shared/rules/index';
import { type PlanRows, readPlanRows, savePlanDoc } from '../../db/queries/plan-docs';
import { resourceToRow, segmentToRow } from '../../db/queries/resources';
import { rawConnectionOf, transactionOn } from '../../db/open-database';
import type { DbOrTrx } from '../../db/schema';
import type { PlanFile } from '../../files/plan-file/format';
import { loadPlanDocBytes } from '../../sync/plan-doc';
import { writePlanRows } from '../../sync/write-plan-rows';
import type { PlanDocs } from '../../sync/plan-docs';
import { type PlanMerge, mergePlanDocs } from '../../sync/plan-merge';
import { EditRecorder } from '../edit-recorder';
import { loadRulesData } from '../engine-input';
import { WarmRules } from '../warm-rules';
import type { Workspace } from '../workspace';
import { takenIds } from './remap';

/** A plan of the file that is here already, merged with this laptop's copy. */
export interface PlanMergeStep {
  planId: string;
  name: string;
  merge: PlanMerge;
}

const MAX_CONFLICTS = 200;

/**
 * Merges each plan of the file that is here and carries its document with this laptop's copy.
 * Errors: VALIDATION (reason not_mergeable) when there is none.
 */
export async function planMerges(ws: Workspace, docs: PlanDocs, file: PlanFile): Promise<PlanMergeStep[]> {
  const carried = file.automerge ?? {};
  const here = await takenIds(
    ws.db,
    'plans',
    file.plans.map((p) => p.id).filter((id) => id in carried),
  );
  const actor = await docs.actorId();
  const steps: PlanMergeStep[] = [];
  for (const p of file.plans) {
    if (!here.has(p.id)) continue;
    const [mine] = await docs.current([p.id]);
    if (!mine) continue;
    let theirs;
    try {
      theirs = loadPlanDocBytes(Buffer.from(carried[p.id], 'base64'), actor);
    } catch {
      throw notMergeable({
        'zh-CN': `文件中方案「${p.name}」的协作记录已损坏，无法合并。`,
        en: `The file's collaboration record of plan “${p.name}” is damaged and cannot be merged.`,
      });
    }
    steps.push({ planId: p.id, name: p.name, merge: mergePlanDocs(mine, theirs) });
  }
  if (steps.length === 0)
    throw notMergeable({
      'zh-CN': '文件中没有可与本工作区合并的方案（方案不在此处，或文件由旧版本导出）。请以副本方式导入。',
      en: 'No plan in the file can be merged with this workspace (the plan is not here, or an older version wrote the file). Import it as a copy instead.',
    });
  return steps;
}

/** The preview: each side's changes, the fields both changed, and the conflicts the merge adds. */
export async function previewPlanMerge(
  ws: Workspace,
  file: PlanFile,
  steps: readonly PlanMergeStep[],
  token: string,
  fileName: string,
): Promise<PlanMergePreview> {
  const added = await conflictsAdded(ws, file, steps);
  return {
    token,
    fileName,
    plans: steps.map((s) => ({
      planId: s.planId,
      name: s.name,
      theirs: s.merge.theirs,
      mine: s.merge.mine,
      both: s.merge.both,
      conflicts: added
        .filter((f) => f.planIds.includes(s.planId))
        .slice(0, MAX_CONFLICTS)
        .map(toMergeConflict),
    })),
  };
}

/** Writes the merged plans inside the caller's edit, and keeps each merged document as the plan's. */
export async function applyPlanMerge(
  rec: EditRecorder,
  file: PlanFile,
  steps: readonly PlanMergeStep[],
  now: string,
  save: (doc: PlanMerge['merged']) => Uint8Array,
): Promise<string[]> {
  for (const s of steps) {
    await writeMergedRows(rec, file, s, now);
    rec.touchPlan(s.planId);
    await savePlanDoc(rec.trx, s.planId, save(s.merge.merged), now);
  }
  return steps.map((s) => s.planId);
}

/** Makes the plan's rows the merged ones, adding the file's resources and segments it needs that are not here. */
async function writeMergedRows(rec: EditRecorder, file: PlanFile, step: PlanMergeStep, now: string): Promise<void> {
  if (!(await readPlanRows(rec.trx, step.planId))) return;
  await addMissingTeamRows(rec, file, step.merge.mergedRows, now);
  await writePlanRows(rec, step.planId, step.merge.mergedRows, now);
}

async function addMissingTeamRows(rec: EditRecorder, file: PlanFile, rows: PlanRows, now: string): Promise<void> {
  const resourceIds = new Set(Object.values(rows.activity_claims).map((r) => String(r.resource_id)));
  const segmentIds = new Set(Object.values(rows.activity_segments).map((r) => String(r.segment_id)));
  const haveRes = await takenIds(rec.trx, 'resources', [...resourceIds]);
  const haveSeg = await takenIds(rec.trx, 'segments', [...segmentIds]);
  const stamp = { createdAt: now, updatedAt: now };
  const newRes = file.resources.filter((r) => resourceIds.has(r.id) && !haveRes.has(r.id));
  const newSeg = file.segments.filter((s) => segmentIds.has(s.id) && !haveSeg.has(s.id));
  await rec.insertMany(
    'resources',
    newRes.map((r) => resourceToRow({ ...r, ...stamp })),
  );
  await rec.insertMany(
    'segments',
    newSeg.map((s) => segmentToRow({ ...s, ...stamp })),
  );
}

class DryRun extends Error {}

/**
 * The findings the merged schedule has that the current one does not: the merge is written in a
 * transaction that is rolled back, with the rules engine compiled before and after.
 */
async function conflictsAdded(ws: Workspace, file: PlanFile, steps: readonly PlanMergeStep[]): Promise<Finding[]> {
  let added: Finding[] = [];
  const findings = async (trx: DbOrTrx) => new WarmRules(await loadRulesData(trx)).findings(null);
  try {
    await transactionOn(ws.db, async (trx) => {
      const before = new Set((await findings(trx)).map((f) => f.key));
      const rec = new EditRecorder(trx, rawConnectionOf(ws.db));
      for (const s of steps) await writeMergedRows(rec, file, s, ws.now());
      added = (await findings(trx)).filter((f) => !before.has(f.key));
      throw new DryRun();
    });
  } catch (error) {
    if (!(error instanceof DryRun)) throw error;
  }
  return added;
}

function toMergeConflict(f: Finding): MergeConflict {
  return { ruleId: f.ruleId, severity: f.severity, message: f.message, span: f.span, activityIds: f.activityIds };
}

function notMergeable(message: { 'zh-CN': string; en: string }): AppError {
  return new AppError('VALIDATION', message, { reason: 'not_mergeable' });
}
