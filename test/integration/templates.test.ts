import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EDITABLE_TABLES } from '../../src-main/db/schema';
import { engineOptions } from '../../src-main/service/engine-handlers';
import { type TestCore, createTestCore } from '../support/core';

let core: TestCore;
beforeEach(async () => {
  core = await createTestCore();
});
afterEach(() => core.dispose());

const counts = () =>
  Object.fromEntries(
    EDITABLE_TABLES.map((t) => [t, core.db.raw.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number]),
  );

describe('every template through the service, for three years', () => {
  it.each([2024, 2027, 2030])('%i: each template has zero findings, hard or soft, in its own plan', async (year) => {
    engineOptions.inProcess = true; // one process: the checks run where the test can count them
    for (const templateId of ['member_campaign', 'retention', 'member_conference', 'city_promotion'] as const) {
      const { plan } = await core.call('plan/create-from-template', {
        templateId,
        year,
        startDate: `${year}-03-02`,
        planName: `${templateId} ${year}`,
        scale: 20_000,
      });
      const { findings } = await core.call('conflict/list', { planId: plan.id });
      expect(
        findings.map((f) => `${f.severity} ${f.ruleId}: ${f.message.en}`),
        `${templateId} ${year}`,
      ).toEqual([]);
      await core.call('plan/delete', { id: plan.id }); // templates share venues: judge each alone
    }
  });
});

describe('plan/create-from-template', () => {
  it('builds the member campaign year in one undoable edit', async () => {
    const before = counts();
    const { plan, notices } = await core.call('plan/create-from-template', {
      templateId: 'member_campaign',
      year: 2026,
      planName: '2026 会员档期',
      scale: 50_000,
    });
    expect(plan.name).toBe('2026 会员档期');
    expect(Array.isArray(notices)).toBe(true);
    const snap = await core.call('plan/get-snapshot', { id: plan.id });
    expect(snap.activities.length).toBeGreaterThanOrEqual(120);
    const total = snap.budgetLines.reduce((s, l) => s + l.plannedCents, 0);
    expect(total).toBe(1_000_000 * 100);
    expect(snap.risks.length).toBeGreaterThanOrEqual(3);
    for (const a of snap.activities)
      for (const c of a.claims) expect(snap.resources.some((r) => r.id === c.resourceId)).toBe(true);

    const history = await core.call('history/state', {});
    expect(history.undoLabel?.['zh-CN']).toContain('从模板新建');
    await core.call('history/undo', {});
    expect(counts()).toEqual(before);
  });

  it('reuses workspace resources and segments when a second plan is built', async () => {
    await core.call('plan/create-from-template', {
      templateId: 'member_campaign',
      year: 2026,
      planName: 'A',
      scale: 10_000,
    });
    const afterFirst = counts();
    await core.call('plan/create-from-template', {
      templateId: 'member_campaign',
      year: 2026,
      planName: 'B',
      scale: 10_000,
    });
    const afterSecond = counts();
    expect(afterSecond.resources).toBe(afterFirst.resources);
    expect(afterSecond.segments).toBe(afterFirst.segments);
    expect(afterSecond.activities).toBe(afterFirst.activities * 2);
  });

  it('treats an imported holiday year as official data', async () => {
    const request = { templateId: 'retention' as const, startDate: '2027-03-01', planName: '2027 保客', scale: 5000 };
    const before = await core.call('plan/create-from-template', request);
    expect(before.notices.map((n) => n['zh-CN']).join()).toContain('2027');
    await core.call('calendar/import-holidays', {
      fileName: 'cn-2027.txt',
      text: '# source: 国务院办公厅通知（测试）\n2027-01-01,holiday,元旦,New Year\n2027-02-14,workday,春节调休,Make-up workday\n',
    });
    const after = await core.call('plan/create-from-template', { ...request, planName: '2027 保客 B' });
    expect(after.notices.map((n) => n.en).join()).not.toContain('No official 2027');
  });

  it('refuses a request without a year or start date', async () => {
    const r = await core.dispatch('plan/create-from-template', {
      templateId: 'member_campaign',
      planName: 'x',
      scale: 1000,
    });
    expect(r.ok ? 'ok' : r.error.code).toBe('VALIDATION');
    expect(counts().plans).toBe(0);
  });
});

describe('a template that clashes with plans already in the workspace', () => {
  it('names the other plan and the clash in its creation notice, in both languages', async () => {
    const request = { templateId: 'member_campaign', year: 2026, scale: 50_000 } as const;
    const first = await core.call('plan/create-from-template', { ...request, planName: '甲方案' });
    expect(first.notices.filter((n) => n['zh-CN'].includes('硬冲突'))).toEqual([]);
    const second = await core.call('plan/create-from-template', { ...request, planName: '乙方案' });
    const clashes = second.notices.filter((n) => n['zh-CN'].includes('硬冲突'));
    expect(clashes.length).toBeGreaterThan(0);
    expect(clashes.every((n) => n['zh-CN'].includes('「甲方案」') && n.en.includes('"甲方案"'))).toBe(true);
    expect(clashes.some((n) => n['zh-CN'].includes('门店活动区'))).toBe(true);
  });
});
