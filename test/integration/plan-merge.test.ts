import { gunzipSync, gzipSync } from 'node:zlib';
import * as A from '@automerge/automerge';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPlanRows } from '../../src-main/db/queries/plan-docs';
import { planDocsOf } from '../../src-main/sync/plan-docs';
import { type TestCore, createTestCore } from '../support/core';

/**
 * Plan files that merge (issue #17): two workspaces hold one plan (B imported A's file), both
 * edit it apart, and a file of either merges into the other from their common ancestor.
 */
let a: TestCore;
let b: TestCore;
beforeEach(async () => {
  [a, b] = await Promise.all([createTestCore(), createTestCore()]);
});
afterEach(async () => {
  await Promise.all([planDocsOf(a.workspace).settled(), planDocsOf(b.workspace).settled()]);
  await Promise.all([a.dispose(), b.dispose()]);
});

async function exportPlan(core: TestCore, planId: string) {
  const { fileName, contentBase64 } = await core.call('file/export-plan', { planIds: [planId] });
  return { fileName, contentBase64 };
}

/** A plan in A with a venue and two activities, copied into B through a plan file. */
async function sharedPlan() {
  const plan = await a.call('plan/create', {
    name: '2026 Q1 会员档期',
    startDate: '2026-01-01',
    endDate: '2026-03-31',
  });
  const hall = await a.call('resource/create', { name: '一号宴会厅', kind: 'venue', quantity: 1 });
  const x = await a.call('activity/create', {
    planId: plan.id,
    title: '春节会员日',
    type: 'festival',
    start: '2026-02-14',
    end: '2026-02-16',
    claims: [{ resourceId: hall.id, quantity: 1 }],
  });
  const y = await a.call('activity/create', {
    planId: plan.id,
    title: '会员沙龙',
    type: 'salon',
    start: '2026-03-01',
    end: '2026-03-01',
  });
  const file = await exportPlan(a, plan.id);
  const preview = await b.call('file/preview-plan-import', file);
  expect(preview.plans[0].copyOf).toBeNull();
  await b.call('file/apply-plan-import', { token: preview.token });
  return { plan, hall, x, y };
}

/** Both edit apart: different fields of X, the same field of Y, and each books the hall on 10 March. */
async function editApart(s: Awaited<ReturnType<typeof sharedPlan>>) {
  await a.call('activity/update', { id: s.x.id, title: '春节会员日（A 改）' });
  await b.call('activity/update', { id: s.x.id, notes: 'B 的备注' });
  await a.call('activity/update', { id: s.y.id, title: '会员沙龙 A' });
  await b.call('activity/update', { id: s.y.id, title: '会员沙龙 B' });
  const p = await a.call('activity/create', {
    planId: s.plan.id,
    title: 'A 的场地活动',
    type: 'vip_day',
    start: '2026-03-10',
    end: '2026-03-10',
    claims: [{ resourceId: s.hall.id, quantity: 1 }],
  });
  const q = await b.call('activity/create', {
    planId: s.plan.id,
    title: 'B 的场地活动',
    type: 'salon',
    start: '2026-03-10',
    end: '2026-03-10',
    claims: [{ resourceId: s.hall.id, quantity: 1 }],
  });
  return { p, q };
}

/** The plan's rows, sorted, without stamps or claim row ids: what two laptops must agree on. */
async function dump(core: TestCore, planId: string) {
  const rows = await readPlanRows(core.db.db, planId);
  return JSON.stringify(rows, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : 1)))
      : v,
  );
}

describe('plan files that merge', () => {
  it('previews what each side changed, the same-field edit with both values, and the clash it creates', async () => {
    const s = await sharedPlan();
    const { p, q } = await editApart(s);
    const theirs = await exportPlan(b, s.plan.id);
    const preview = await a.call('file/preview-plan-merge', theirs);
    expect(preview.plans).toHaveLength(1);
    const m = preview.plans[0];
    expect(m.planId).toBe(s.plan.id);

    const theirX = m.theirs.find((c) => c.id === s.x.id);
    expect(theirX?.fields.map((f) => f.field)).toEqual(['notes']);
    expect(m.theirs.some((c) => c.id === q.id && c.kind === 'created')).toBe(true);
    const mineX = m.mine.find((c) => c.id === s.x.id);
    expect(mineX?.fields).toEqual([{ field: 'title', before: '春节会员日', after: '春节会员日（A 改）' }]);
    expect(m.mine.some((c) => c.id === p.id && c.kind === 'created')).toBe(true);

    expect(m.both).toHaveLength(1);
    expect(m.both[0]).toMatchObject({
      entity: 'activity',
      id: s.y.id,
      field: 'title',
      ancestor: '会员沙龙',
      mine: '会员沙龙 A',
      theirs: '会员沙龙 B',
    });

    const clash = m.conflicts.filter((c) => c.activityIds.includes(p.id) && c.activityIds.includes(q.id));
    expect(clash.length).toBeGreaterThan(0);
    expect(clash[0].severity).toBe('hard');
  });

  it('applies as one undoable edit: both field edits survive, one winner, the clash is found', async () => {
    const s = await sharedPlan();
    const { p, q } = await editApart(s);
    const before = await dump(a, s.plan.id);
    const theirs = await exportPlan(b, s.plan.id);
    const preview = await a.call('file/preview-plan-merge', theirs);
    const winner = preview.plans[0].both[0].winner === 'mine' ? '会员沙龙 A' : '会员沙龙 B';

    await a.call('file/apply-plan-merge', { token: preview.token });
    const rows = await readPlanRows(a.db.db, s.plan.id);
    expect(rows?.activities[s.x.id]).toMatchObject({ title: '春节会员日（A 改）', notes: 'B 的备注' });
    expect(rows?.activities[s.y.id].title).toBe(winner);
    expect(Object.keys(rows?.activities ?? {}).sort()).toEqual([s.x.id, s.y.id, p.id, q.id].sort());
    expect(Object.values(rows?.activity_claims ?? {}).filter((c) => c.activity_id === q.id)).toEqual([
      { activity_id: q.id, resource_id: s.hall.id, quantity: 1 },
    ]);
    const { findings } = await a.call('conflict/list', { planId: s.plan.id });
    expect(findings.some((f) => f.activityIds.includes(p.id) && f.activityIds.includes(q.id))).toBe(true);

    await a.call('history/undo', {});
    expect(await dump(a, s.plan.id)).toBe(before);
  });

  it('gives the same merged plan, and the same winner, whichever side merges whose file', async () => {
    const s = await sharedPlan();
    await editApart(s);
    const fromA = await exportPlan(a, s.plan.id);
    const fromB = await exportPlan(b, s.plan.id);
    const intoA = await a.call('file/preview-plan-merge', fromB);
    const intoB = await b.call('file/preview-plan-merge', fromA);
    await a.call('file/apply-plan-merge', { token: intoA.token });
    await b.call('file/apply-plan-merge', { token: intoB.token });

    expect(await dump(a, s.plan.id)).toBe(await dump(b, s.plan.id));
    // One winner everywhere: what A calls mine, B calls theirs.
    const [wa, wb] = [intoA.plans[0].both[0].winner, intoB.plans[0].both[0].winner];
    expect(wa === 'mine' ? 'theirs' : 'mine').toBe(wb);
  });

  it('a second merge of the same file changes nothing, and a file whose plan is not here is refused as not mergeable', async () => {
    const s = await sharedPlan();
    await editApart(s);
    const theirs = await exportPlan(b, s.plan.id);
    const first = await a.call('file/preview-plan-merge', theirs);
    await a.call('file/apply-plan-merge', { token: first.token });
    const again = await a.call('file/preview-plan-merge', theirs);
    expect(again.plans[0].theirs).toEqual([]);
    expect(again.plans[0].both).toEqual([]);
    expect(again.plans[0].conflicts).toEqual([]);

    const elsewhere = await createTestCore();
    try {
      const r = await elsewhere.dispatch('file/preview-plan-merge', theirs);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('VALIDATION');
        expect(r.error.details).toMatchObject({ reason: 'not_mergeable' });
        expect(r.error.message['zh-CN']).toMatch(/副本/);
      }
    } finally {
      await planDocsOf(elsewhere.workspace).settled();
      await elsewhere.dispose();
    }
  });

  it('writes only the plan itself from a document: a row naming another plan or an unknown column is left out', async () => {
    const s = await sharedPlan();
    const other = await a.call('plan/create', { name: '另一个方案', startDate: '2026-01-01', endDate: '2026-03-31' });
    const theirs = await exportPlan(b, s.plan.id);
    const body = JSON.parse(gunzipSync(Buffer.from(theirs.contentBase64, 'base64')).toString('utf8')) as {
      automerge: Record<string, string>;
    };
    type Loose = { tables: Record<string, Record<string, Record<string, unknown>>> };
    const doc = A.change(A.load<Loose>(Buffer.from(body.automerge[s.plan.id], 'base64')), (d) => {
      const stranger = crypto.randomUUID();
      d.tables.activities[stranger] = {
        ...JSON.parse(JSON.stringify(d.tables.activities[s.y.id])),
        id: stranger,
        plan_id: other.id,
      };
      d.tables.activities[s.x.id].evil = 'DROP';
      d.tables.activities[s.x.id].notes = '有效的修改';
    });
    body.automerge[s.plan.id] = Buffer.from(A.save(doc)).toString('base64');
    const hostile = { fileName: theirs.fileName, contentBase64: gzipSync(JSON.stringify(body)).toString('base64') };
    const preview = await a.call('file/preview-plan-merge', hostile);
    await a.call('file/apply-plan-merge', { token: preview.token });
    expect((await readPlanRows(a.db.db, other.id))?.activities).toEqual({});
    expect((await readPlanRows(a.db.db, s.plan.id))?.activities[s.x.id]).toMatchObject({ notes: '有效的修改' });
  });
});
