import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestCore, createTestCore } from '../support/core';
import { seedQuarter } from '../support/fixtures';

let core: TestCore;
let other: TestCore;
beforeEach(async () => {
  core = await createTestCore();
  other = await createTestCore();
});
afterEach(async () => {
  await core.dispose();
  await other.dispose();
});

const b64 = (o: unknown) => gzipSync(Buffer.from(JSON.stringify(o))).toString('base64');

async function seedRich(c: TestCore) {
  const s = await seedQuarter(c);
  const kpi = await c.call('kpi/create', {
    planId: s.plan.id,
    name: '参与人数',
    target: 1000,
    activityId: s.activity.id,
  });
  await c.call('budget/create-line', {
    planId: s.plan.id,
    activityId: s.activity.id,
    category: 'venue',
    plannedCents: 1_250_000,
  });
  await c.call('risk/create', {
    planId: s.plan.id,
    title: '雨天',
    category: 'safety',
    probability: 2,
    impact: 4,
    triggerKpiId: kpi.id,
    linkedActivityIds: [s.activity.id],
  });
  const t1 = await c.call('task/create', {
    planId: s.plan.id,
    title: '场地预订',
    activityId: s.activity.id,
    offsetDays: -90,
  });
  await c.call('task/create', { planId: s.plan.id, title: '彩排', fixedDate: '2026-02-13', dependsOn: [t1.id] });
  return s;
}

describe('plan file (.dangqi)', () => {
  it('export → import into another workspace → export gives the identical file', async () => {
    const { plan } = await seedRich(core);
    const first = await core.call('file/export-plan', { planIds: [plan.id] });
    expect(first.fileName).toBe('2026 Q1 会员档期.dangqi');
    const preview = await other.call('file/preview-plan-import', {
      fileName: first.fileName,
      contentBase64: first.contentBase64,
    });
    expect(preview.plans[0]).toMatchObject({
      name: '2026 Q1 会员档期',
      activities: 1,
      budgetLines: 1,
      risks: 1,
      kpis: 1,
      tasks: 2,
    });
    expect(preview.resources.every((r) => r.match === null)).toBe(true);
    expect(preview.copiesExisting).toBe(false);
    const { planIds } = await other.call('file/apply-plan-import', { token: preview.token });
    const second = await other.call('file/export-plan', { planIds });
    expect(second.contentBase64).toBe(first.contentBase64);
  });

  it('importing into the same workspace matches resources by name and kind and gives fresh ids; undo removes it all', async () => {
    const { plan, hall } = await seedRich(core);
    const exported = await core.call('file/export-plan', { planIds: [plan.id] });
    const preview = await core.call('file/preview-plan-import', {
      fileName: exported.fileName,
      contentBase64: exported.contentBase64,
    });
    expect(preview.copiesExisting).toBe(true);
    // The file is an export of a plan of this workspace: the preview names it, the copy says so.
    expect(preview.plans[0].copyOf).toEqual({ id: plan.id, name: plan.name });
    expect(preview.resources.find((r) => r.name === hall.name)?.match?.id).toBe(hall.id);
    const before = await core.call('resource/list', {});
    const { planIds } = await core.call('file/apply-plan-import', { token: preview.token });
    expect(planIds[0]).not.toBe(plan.id);
    expect((await core.call('plan/get-snapshot', { id: planIds[0] })).plan.name).toBe(`${plan.name} (副本)`);
    const english = await core.call('file/preview-plan-import', {
      fileName: exported.fileName,
      contentBase64: exported.contentBase64,
    });
    const copy = await core.call('file/apply-plan-import', { token: english.token, language: 'en' });
    expect((await core.call('plan/get-snapshot', { id: copy.planIds[0] })).plan.name).toBe(`${plan.name} (copy)`);
    await core.call('history/undo', {});
    expect(await core.call('resource/list', {})).toHaveLength(before.length);
    const snap = await core.call('plan/get-snapshot', { id: planIds[0] });
    expect(snap.activities[0].claims.map((c) => c.resourceId)).toContain(hall.id);
    expect(snap.risks[0].triggerKpiId).toBe(snap.kpis[0].id);
    expect(snap.tasks.find((t) => t.title === '彩排')?.dependsOn).toEqual([
      snap.tasks.find((t) => t.title === '场地预订')?.id,
    ]);
    await core.call('history/undo', {});
    expect((await core.call('plan/list', {})).map((p) => p.id)).toEqual([plan.id]);
  });

  it('a planner can remap a file resource onto another existing one, or force a new one', async () => {
    const { plan, hall } = await seedQuarter(core);
    const hall2 = await core.call('resource/create', { name: '二号厅', kind: 'venue' });
    const exported = await core.call('file/export-plan', { planIds: [plan.id] });
    const preview = await core.call('file/preview-plan-import', {
      fileName: exported.fileName,
      contentBase64: exported.contentBase64,
    });
    const { planIds } = await core.call('file/apply-plan-import', {
      token: preview.token,
      resourceMap: { [hall.id]: hall2.id },
    });
    const snap = await core.call('plan/get-snapshot', { id: planIds[0] });
    expect(snap.activities[0].claims.map((c) => c.resourceId)).toContain(hall2.id);
    expect(snap.activities[0].claims.map((c) => c.resourceId)).not.toContain(hall.id);
  });

  it('refuses a remap onto a resource of another kind (a venue cannot stand in for a channel), writing nothing', async () => {
    const { plan, hall } = await seedQuarter(core);
    const sms = await core.call('resource/create', { name: '短信', kind: 'channel', dailyCapacity: 100_000 });
    const exported = await core.call('file/export-plan', { planIds: [plan.id] });
    const preview = await core.call('file/preview-plan-import', {
      fileName: exported.fileName,
      contentBase64: exported.contentBase64,
    });
    const before = await core.call('history/state', {});
    const plans = (await core.call('plan/list', {})).length;
    for (const channel of ['file/plan-import-conflicts', 'file/apply-plan-import'] as const) {
      const r = await core.dispatch(channel, { token: preview.token, resourceMap: { [hall.id]: sms.id } });
      expect(r.ok ? 'ok' : r.error.code).toBe('VALIDATION');
      if (!r.ok) {
        expect(r.error.message['zh-CN']).toContain('不是同一类资源');
        expect(r.error.message.en).toContain('not the same kind');
      }
    }
    expect(await core.call('history/state', {})).toEqual(before);
    expect(await core.call('plan/list', {})).toHaveLength(plans);
  });

  it('refuses a newer version with a message saying so, writing nothing', async () => {
    const r = await core.dispatch('file/preview-plan-import', {
      fileName: 'x.dangqi',
      contentBase64: b64({ format: 'dangqi-plan', version: 99, plans: 'whatever' }),
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION');
    expect(r.error.details).toEqual({ reason: 'newer_version' });
    expect(r.error.message['zh-CN']).toContain('更新版本');
    expect(r.error.message.en).toContain('newer');
    expect(await core.call('plan/list', {})).toEqual([]);
  });

  it.each([
    [
      'truncated',
      () => gzipSync(Buffer.from('{"format":"dangqi-plan","version":1,"plans":[')).subarray(0, 20).toString('base64'),
      'damaged',
    ],
    ['a gzip bomb', () => gzipSync(Buffer.alloc(200 * 1024 * 1024, 0x20)).toString('base64'), 'too_large_expanded'],
    [
      'deep nesting',
      () =>
        gzipSync(
          Buffer.from(`{"format":"dangqi-plan","version":1,"x":${'['.repeat(5000)}${']'.repeat(5000)}}`),
        ).toString('base64'),
      'too_deep',
    ],
    [
      'a __proto__ key',
      () => b64(JSON.parse('{"format":"dangqi-plan","version":1,"__proto__":{"x":1}}')),
      'dangerous_key',
    ],
    ['a huge string', () => b64({ format: 'dangqi-plan', version: 1, app: 'x'.repeat(100_000) }), 'string_too_long'],
    ['wrong types', () => b64({ format: 'dangqi-plan', version: 1, app: 'x', plans: [{ id: 3 }] }), 'invalid'],
    ['not a plan file', () => Buffer.from('PK\u0003\u0004garbage').toString('base64'), 'not_plan_file'],
    ['random bytes', () => Buffer.from([0xff, 0xfe, 0x00, 0x81, 0x9c, 0x07, 0xc3]).toString('base64'), 'not_plan_file'],
  ])('refuses %s with the reason', async (_name, make, reason) => {
    // How fast is a bench figure (hostile_gzip_refused_ms), not an assertion: this test failed
    // on a loaded machine while building its own 200 MB bomb inside the timed span.
    const r = await core.dispatch('file/preview-plan-import', { fileName: 'bad.dangqi', contentBase64: make() });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.details).toEqual({ reason });
    expect(await core.call('history/state', {})).toMatchObject({ canUndo: false });
  });

  it('writes gzip JSON with format and version up front', async () => {
    const { plan } = await seedQuarter(core);
    const out = await core.call('file/export-plan', { planIds: [plan.id] });
    const json = JSON.parse(gunzipSync(Buffer.from(out.contentBase64, 'base64')).toString('utf8')) as Record<
      string,
      unknown
    >;
    expect(Object.keys(json).slice(0, 2)).toEqual(['format', 'version']);
    expect(json.version).toBe(1);
  });
});

describe('plan import preview: conflicts', () => {
  /** A colleague's plan file booking a venue named `hallName` on 2026-02-15, previewed here. */
  async function colleagueBooking(hallName: string) {
    const theirs = await other.call('plan/create', {
      name: '同城推广',
      startDate: '2026-01-01',
      endDate: '2026-03-31',
    });
    const theirHall = await other.call('resource/create', { name: hallName, kind: 'venue', quantity: 1 });
    const clash = await other.call('activity/create', {
      planId: theirs.id,
      title: '路演',
      type: 'city_promotion',
      start: '2026-02-15',
      end: '2026-02-15',
      claims: [{ resourceId: theirHall.id, quantity: 1 }],
    });
    const file = await other.call('file/export-plan', { planIds: [theirs.id] });
    const preview = await core.call('file/preview-plan-import', {
      fileName: file.fileName,
      contentBase64: file.contentBase64,
    });
    return { theirHall, clash, preview };
  }

  it('lists the double booking an import creates on a matched venue', async () => {
    const { plan, hall } = await seedQuarter(core);
    // A colleague's plan uses a venue of the same name on the same days.
    const { clash, preview } = await colleagueBooking(hall.name);
    const venue = preview.conflicts.filter((c) => c.fileActivityIds.includes(clash.id));
    expect(venue.length).toBeGreaterThan(0);
    expect(venue[0].severity).toBe('hard');
    const existing = (await core.call('plan/get-snapshot', { id: plan.id })).activities[0].id;
    expect(venue[0].existingActivityIds).toContain(existing);
    expect(venue[0].message['zh-CN'].length).toBeGreaterThan(0);
  });

  /** A colleague's file booking a venue named like ours on 2026-02-15, and a second venue of ours booked that day too. */
  async function remapScene() {
    const { plan, hall, activity } = await seedQuarter(core);
    const hall2 = await core.call('resource/create', { name: '二号厅', kind: 'venue', quantity: 1 });
    const onHall2 = await core.call('activity/create', {
      planId: plan.id,
      title: '钻石会员沙龙',
      type: 'salon',
      start: '2026-02-15',
      end: '2026-02-15',
      claims: [{ resourceId: hall2.id, quantity: 1 }],
    });
    const { theirHall, clash, preview } = await colleagueBooking(hall.name);
    return { hall, hall2, activity, onHall2, theirHall, clash, preview };
  }
  const existingIds = (conflicts: { existingActivityIds: string[] }[]) =>
    [...new Set(conflicts.flatMap((c) => c.existingActivityIds))].sort();

  it('follows the remap: a venue made new clashes with nothing, another venue brings its own bookings', async () => {
    const { hall2, activity, onHall2, theirHall, clash, preview } = await remapScene();
    // Default: the file's venue matches ours by name, so it double-books 春节会员日.
    expect(existingIds(preview.conflicts)).toEqual([activity.id]);

    const asNew = await core.call('file/plan-import-conflicts', {
      token: preview.token,
      resourceMap: { [theirHall.id]: null },
    });
    expect(asNew.conflicts).toEqual([]);

    const onOther = await core.call('file/plan-import-conflicts', {
      token: preview.token,
      resourceMap: { [theirHall.id]: hall2.id },
    });
    expect(onOther.conflicts.length).toBeGreaterThan(0);
    expect(onOther.conflicts.every((c) => c.fileActivityIds.includes(clash.id))).toBe(true);
    expect(existingIds(onOther.conflicts)).toEqual([onHall2.id]);
    expect(onOther.conflicts.some((c) => c.severity === 'hard')).toBe(true);

    // Back to the match, explicitly: the preview's own list again.
    const back = await core.call('file/plan-import-conflicts', {
      token: preview.token,
      resourceMap: { [theirHall.id]: preview.resources[0].match!.id },
    });
    expect(back.conflicts).toEqual(preview.conflicts);
  });

  it('the list for a remap is what the apply then finds in the workspace', async () => {
    const { hall2, onHall2, theirHall, preview } = await remapScene();
    const resourceMap = { [theirHall.id]: hall2.id };
    const { conflicts } = await core.call('file/plan-import-conflicts', { token: preview.token, resourceMap });
    const { planIds } = await core.call('file/apply-plan-import', { token: preview.token, resourceMap });
    const imported = (await core.call('plan/get-snapshot', { id: planIds[0] })).activities.map((a) => a.id);
    const { findings } = await core.call('conflict/list', { planId: null });
    const across = findings.filter(
      (f) => f.activityIds.some((id) => imported.includes(id)) && f.activityIds.includes(onHall2.id),
    );
    expect(across.map((f) => f.ruleId).sort()).toEqual(conflicts.map((c) => c.ruleId).sort());
  });

  /** Stores engine rules in a plan's settings, as a template does (no channel edits them). */
  async function storeRules(c: TestCore, planId: string, rules: unknown) {
    const row = await c.db.db
      .selectFrom('plans')
      .select('settings_json')
      .where('id', '=', planId)
      .executeTakeFirstOrThrow();
    const settings = { ...(JSON.parse(row.settings_json) as object), rules };
    await c.db.db
      .updateTable('plans')
      .set({ settings_json: JSON.stringify(settings) })
      .where('id', '=', planId)
      .execute();
  }
  /** The workspace check's findings that involve an imported activity and an existing one. */
  async function acrossAfterApply(c: TestCore, planIds: string[], existing: string[]) {
    const imported = (await Promise.all(planIds.map((id) => c.call('plan/get-snapshot', { id })))).flatMap((s) =>
      s.activities.map((a) => a.id),
    );
    const { findings } = await c.call('conflict/list', { planId: null });
    return findings
      .filter(
        (f) => f.activityIds.some((id) => imported.includes(id)) && f.activityIds.some((id) => existing.includes(id)),
      )
      .map((f) => ({ ruleId: f.ruleId, existing: f.activityIds.filter((id) => existing.includes(id)).sort() }))
      .sort((a, b) => (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  }
  const shape = (conflicts: { ruleId: string; existingActivityIds: string[] }[]) =>
    conflicts
      .map((c) => ({ ruleId: c.ruleId, existing: [...c.existingActivityIds].sort() }))
      .sort((a, b) => (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));

  it("uses the file plan's own stored rules: a precedence pair naming a workspace activity is listed, and found after apply", async () => {
    const { activity } = await seedQuarter(core);
    // Another plan here whose kick-off must end before 春节会员日 (2026-02-14) starts, but is after it.
    const b = await core.call('plan/create', { name: '春季拉新', startDate: '2026-01-01', endDate: '2026-03-31' });
    const kickOff = await core.call('activity/create', {
      planId: b.id,
      title: '拉新启动会',
      type: 'salon',
      start: '2026-02-20',
      end: '2026-02-20',
    });
    await storeRules(core, b.id, { precedence: [{ before: kickOff.id, after: activity.id, minGapDays: 0 }] });
    // A copy of that plan: its kick-off gets a fresh id, its pair still names 春节会员日 here.
    const file = await core.call('file/export-plan', { planIds: [b.id] });
    const preview = await core.call('file/preview-plan-import', {
      fileName: file.fileName,
      contentBase64: file.contentBase64,
    });
    const listed = preview.conflicts.filter((c) => c.ruleId === 'activity.precedence');
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ fileActivityIds: [kickOff.id], existingActivityIds: [activity.id] });
    expect(listed[0].severity).toBe('hard');

    const again = await core.call('file/plan-import-conflicts', { token: preview.token });
    expect(again.conflicts).toEqual(preview.conflicts);
    const { planIds } = await core.call('file/apply-plan-import', { token: preview.token });
    const existing = [activity.id, kickOff.id];
    expect(await acrossAfterApply(core, planIds, existing)).toEqual(shape(preview.conflicts));
  });

  it("uses the workspace plans' stored rules: a pair kept for an activity that comes back is listed, and found after apply", async () => {
    const { plan, activity } = await seedQuarter(core);
    const b = await core.call('plan/create', { name: '春季拉新', startDate: '2026-01-01', endDate: '2026-03-31' });
    const followUp = await core.call('activity/create', {
      planId: b.id,
      title: '节后回访',
      type: 'salon',
      start: '2026-02-10',
      end: '2026-02-10',
    });
    // 春节会员日 must end before the follow-up starts; it does not. The pair lives in plan B.
    await storeRules(core, b.id, { precedence: [{ before: activity.id, after: followUp.id, minGapDays: 0 }] });
    const file = await core.call('file/export-plan', { planIds: [plan.id] });
    await core.call('plan/delete', { id: plan.id });
    const preview = await core.call('file/preview-plan-import', {
      fileName: file.fileName,
      contentBase64: file.contentBase64,
    });
    // The plan comes back with its ids (they are free again), so B's pair applies to it.
    expect(shape(preview.conflicts)).toEqual([{ ruleId: 'activity.precedence', existing: [followUp.id] }]);
    expect(preview.conflicts[0].fileActivityIds).toEqual([activity.id]);
    const { planIds } = await core.call('file/apply-plan-import', { token: preview.token });
    expect(planIds).toEqual([plan.id]);
    expect(await acrossAfterApply(core, planIds, [followUp.id])).toEqual(shape(preview.conflicts));
  });

  it('ignores stored rules this version cannot read, as the workspace check does', async () => {
    const { hall2, onHall2, theirHall, preview } = await remapScene();
    const plans = await core.call('plan/list', {});
    await storeRules(core, plans[0].id, { precedence: 'not a list' });
    const resourceMap = { [theirHall.id]: hall2.id };
    const { conflicts } = await core.call('file/plan-import-conflicts', { token: preview.token, resourceMap });
    expect(conflicts.length).toBeGreaterThan(0);
    const { planIds } = await core.call('file/apply-plan-import', { token: preview.token, resourceMap });
    expect(await acrossAfterApply(core, planIds, [onHall2.id])).toEqual(shape(conflicts));
  });

  it('refuses an expired token or a remap onto a resource that is not here, writing nothing', async () => {
    const { theirHall, preview } = await remapScene();
    const before = await core.call('history/state', {});
    const expired = await core.dispatch('file/plan-import-conflicts', { token: crypto.randomUUID() });
    expect(expired.ok ? 'ok' : expired.error.code).toBe('NOT_FOUND');
    const missing = await core.dispatch('file/plan-import-conflicts', {
      token: preview.token,
      resourceMap: { [theirHall.id]: crypto.randomUUID() },
    });
    expect(missing.ok ? 'ok' : missing.error.code).toBe('NOT_FOUND');
    if (!missing.ok) expect(missing.error.message['zh-CN']).toContain('资源');
    expect(await core.call('history/state', {})).toEqual(before);
  });
});
