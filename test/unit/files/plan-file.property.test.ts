import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activityToRow } from '../../../src-main/db/queries/activities';
import { budgetLineToRow, kpiToRow, riskToRow, taskToRow } from '../../../src-main/db/queries/plan-items';
import { planToRow } from '../../../src-main/db/queries/plans';
import { resourceToRow, segmentToRow } from '../../../src-main/db/queries/resources';
import { createTestDb } from '../../../src-main/db/test-db';
import { buildPlanFile, encodePlanFile } from '../../../src-main/service/plan-file/export';
import { applyPlanImport } from '../../../src-main/service/plan-file/import';
import { parsePlanFile } from '../../../src-main/files/plan-file/parse';
import { Workspace } from '../../../src-main/service/workspace';
import { type GeneratedWorkspace, workspaceArb } from './plan-arbitrary';

async function seed(ws: Workspace, g: GeneratedWorkspace): Promise<void> {
  await ws.edit({ 'zh-CN': '种子', en: 'seed' }, async (rec) => {
    await rec.insertMany('resources', g.resources.map(resourceToRow));
    await rec.insertMany('segments', g.segments.map(segmentToRow));
    for (const p of g.plans) await rec.insert('plans', planToRow(p.plan, p.settingsJson));
    await rec.insertMany('activities', g.activities.map(activityToRow));
    await rec.insertMany(
      'activity_claims',
      g.activities.flatMap((a) =>
        a.claims.map((c) => ({
          id: crypto.randomUUID(),
          activity_id: a.id,
          resource_id: c.resourceId,
          quantity: c.quantity,
        })),
      ),
    );
    await rec.insertMany(
      'activity_segments',
      g.activities.flatMap((a) =>
        a.segmentIds.map((s) => ({ id: crypto.randomUUID(), activity_id: a.id, segment_id: s })),
      ),
    );
    await rec.insertMany('budget_lines', g.budgetLines.map(budgetLineToRow));
    await rec.insertMany('kpis', g.kpis.map(kpiToRow));
    await rec.insertMany('risks', g.risks.map(riskToRow));
    await rec.insertMany('tasks', g.tasks.map(taskToRow));
  });
}

describe('plan file round trip (property)', () => {
  it('export → import into a fresh workspace → export is byte-identical; a copy in the same workspace has new ids and the same content', async () => {
    await fc.assert(
      fc.asyncProperty(workspaceArb, async (g) => {
        const [a, b] = await Promise.all([createTestDb(), createTestDb()]);
        try {
          const wsA = new Workspace(a.db);
          await seed(wsA, g);
          const planIds = g.plans.map((p) => p.plan.id);
          const first = encodePlanFile(await buildPlanFile(a.db, planIds, 'test'));
          const parsed = parsePlanFile(first);

          const wsB = new Workspace(b.db);
          const imported = await wsB.edit({ 'zh-CN': '导入', en: 'import' }, (rec) =>
            applyPlanImport(rec, parsed, { resourceMap: {}, segmentMap: {} }, 'now'),
          );
          expect(imported.sort()).toEqual([...planIds].sort());
          const second = encodePlanFile(await buildPlanFile(b.db, imported, 'test'));
          expect(second.equals(first)).toBe(true);

          // Same workspace: every id is taken, so the copy is renamed throughout.
          const copyIds = await wsA.edit({ 'zh-CN': '导入', en: 'import' }, (rec) =>
            applyPlanImport(rec, parsed, { resourceMap: {}, segmentMap: {} }, 'now'),
          );
          const copy = await buildPlanFile(a.db, copyIds, 'test');
          expect(copy.plans.every((p) => !planIds.includes(p.id))).toBe(true);
          expect(copy.activities.length).toBe(parsed.activities.length);
          const titles = (f: typeof copy) => f.activities.map((x) => `${x.title}|${x.start}|${x.end}`).sort();
          expect(titles(copy)).toEqual(titles(parsed));
          // Resources matched by name and kind were reused, not duplicated.
          const known = new Set(parsed.resources.map((r) => r.id));
          expect(copy.resources.every((r) => known.has(r.id))).toBe(true);
        } finally {
          await Promise.all([a.dispose(), b.dispose()]);
        }
      }),
      { numRuns: 40, seed: 2026 },
    );
  }, 120_000);
});
