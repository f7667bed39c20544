import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PLAN_SETTINGS } from '../../src-shared/model';
import { type TestCore, createTestCore } from '../support/core';
import { seedQuarter } from '../support/fixtures';

let core: TestCore;
beforeEach(async () => {
  core = await createTestCore();
});
afterEach(() => core.dispose());

describe('plan settings', () => {
  it('start from the docs/domain.md defaults and come with the snapshot', async () => {
    const { plan } = await seedQuarter(core);
    const settings = await core.call('plan/get-settings', { planId: plan.id });
    expect(settings).toEqual(DEFAULT_PLAN_SETTINGS);
    expect(settings.contingencySharePercent).toBe(20);
    expect((await core.call('plan/get-snapshot', { id: plan.id })).settings).toEqual(settings);
  });

  it('are replaced as one undoable edit', async () => {
    const { plan } = await seedQuarter(core);
    const changed = {
      ...DEFAULT_PLAN_SETTINGS,
      fiscalQuarterStartMonth: 4,
      blackoutDates: ['2026-02-17'],
      budgetPhases: [
        { key: 'preparation', nameZh: '筹备', nameEn: 'Preparation', sharePercent: 30 },
        { key: 'execution', nameZh: '执行', nameEn: 'Execution', sharePercent: 50 },
        { key: 'review', nameZh: '复盘', nameEn: 'Review', sharePercent: 20 },
      ],
    };
    await core.call('plan/update-settings', { planId: plan.id, settings: changed });
    expect(await core.call('plan/get-settings', { planId: plan.id })).toEqual(changed);
    await core.call('history/undo', {});
    expect(await core.call('plan/get-settings', { planId: plan.id })).toEqual(DEFAULT_PLAN_SETTINGS);
  });

  it('refuse phase shares that do not add up to 100% and keep the old ones', async () => {
    const { plan } = await seedQuarter(core);
    const r = await core.dispatch('plan/update-settings', {
      planId: plan.id,
      settings: { ...DEFAULT_PLAN_SETTINGS, budgetPhases: [{ key: 'a', nameZh: '甲', nameEn: 'A', sharePercent: 60 }] },
    });
    expect(r.ok ? 'ok' : r.error.code).toBe('VALIDATION');
    if (!r.ok) expect(r.error.message.en).toContain('100%');
    expect(await core.call('plan/get-settings', { planId: plan.id })).toEqual(DEFAULT_PLAN_SETTINGS);
  });
});

describe('plan settings with time zone and currency', () => {
  it('change together as one undo step, and an unknown zone is refused', async () => {
    const { plan } = await seedQuarter(core);
    await core.call('plan/update-settings', {
      planId: plan.id,
      settings: { ...DEFAULT_PLAN_SETTINGS, contingencySharePercent: 15 },
      timeZone: 'Asia/Hong_Kong',
      currency: 'HKD',
    });
    const snap = await core.call('plan/get-snapshot', { id: plan.id });
    expect([snap.plan.timeZone, snap.plan.currency, snap.settings.contingencySharePercent]).toEqual([
      'Asia/Hong_Kong',
      'HKD',
      15,
    ]);
    await core.call('history/undo', {});
    const back = await core.call('plan/get-snapshot', { id: plan.id });
    expect([back.plan.timeZone, back.plan.currency, back.settings.contingencySharePercent]).toEqual([
      'Asia/Shanghai',
      'CNY',
      20,
    ]);

    const bad = await core.dispatch('plan/update-settings', {
      planId: plan.id,
      settings: DEFAULT_PLAN_SETTINGS,
      timeZone: 'Mars/Olympus',
    });
    expect(bad.ok ? 'ok' : bad.error.message['zh-CN']).toContain('有效的时区');
  });

  it('records nothing when saved unchanged', async () => {
    const { plan } = await seedQuarter(core);
    const before = await core.call('history/state', {});
    await core.call('plan/update-settings', {
      planId: plan.id,
      settings: DEFAULT_PLAN_SETTINGS,
      timeZone: 'Asia/Shanghai',
      currency: 'CNY',
    });
    expect(await core.call('history/state', {})).toEqual(before);
  });
});

describe("a template plan's assumptions", () => {
  it('are stored in its settings and edited like any setting, undoably', async () => {
    const { plan } = await core.call('plan/create-from-template', {
      templateId: 'city_promotion',
      startDate: '2027-04-01',
      planName: '同城推广',
      scale: 30_000,
    });
    const settings = await core.call('plan/get-settings', { planId: plan.id });
    const revenue = settings.assumptions.find((a) => a.key === 'revenue.per_member');
    expect([revenue?.value, revenue?.source]).toEqual([1000, 'assumption']);
    const edited = settings.assumptions.map((a) => (a.key === 'revenue.per_member' ? { ...a, value: 1500 } : a));
    await core.call('plan/update-settings', { planId: plan.id, settings: { ...settings, assumptions: edited } });
    const after = await core.call('plan/get-settings', { planId: plan.id });
    expect(after.assumptions.find((a) => a.key === 'revenue.per_member')?.value).toBe(1500);
    await core.call('history/undo', {});
    const undone = await core.call('plan/get-settings', { planId: plan.id });
    expect(undone.assumptions.find((a) => a.key === 'revenue.per_member')?.value).toBe(1000);
  });
});
