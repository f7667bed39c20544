import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAN_SETTINGS, type Plan, PlanSettings } from '../../../../src-shared/model';
import { fieldOfIssuePath, newPhaseKey, phaseSum, toDraft, toSettings } from './settings-draft';

const plan: Plan = {
  id: '00000000-0000-4000-8000-000000000001',
  name: 'p',
  timeZone: 'Asia/Shanghai',
  currency: 'CNY',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  createdAt: '',
  updatedAt: '',
};

describe('settings draft', () => {
  it('round-trips the defaults exactly (caps in yuan text, back to cents)', () => {
    const draft = toDraft(plan, DEFAULT_PLAN_SETTINGS);
    expect(draft.tiers.map((t) => t.cap)).toEqual(['49999.99', '200000.00', '']);
    const r = toSettings(draft, 'en');
    expect(r.ok && r.settings).toEqual(DEFAULT_PLAN_SETTINGS);
  });

  it('reads amounts as planners type them and keeps a custom holiday without English name valid', () => {
    const draft = {
      ...toDraft(plan, DEFAULT_PLAN_SETTINGS),
      ceoAbove: '1.5万',
      customHolidays: [{ date: '2026-05-20', nameZh: '店庆', nameEn: ' ', kind: 'holiday' as const }],
      blackoutDates: ['2026-03-02', '2026-03-01', '2026-03-02'],
    };
    const r = toSettings(draft, 'zh-CN');
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.settings.approval.unplannedCeoAboveCents).toBe(1_500_000);
    expect(r.settings.customHolidays).toEqual([{ date: '2026-05-20', nameZh: '店庆', kind: 'holiday' }]);
    expect(r.settings.blackoutDates).toEqual(['2026-03-01', '2026-03-02']);
    expect(PlanSettings.safeParse(r.settings).success).toBe(true);
  });

  it('names the field of text that is not a number, in the UI language', () => {
    const draft = toDraft(plan, DEFAULT_PLAN_SETTINGS);
    draft.phases[1].share = 'abc';
    draft.tiers[0].cap = '';
    const r = toSettings(draft, 'zh-CN');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.budgetPhases).toContain('第 2 行');
    expect(r.errors.approval).toContain('第 1 级');
  });

  it('sums shares as typed and finds fields for server paths', () => {
    const draft = toDraft(plan, DEFAULT_PLAN_SETTINGS);
    draft.phases[0].share = '10';
    expect(phaseSum(draft)).toBe(90);
    expect(newPhaseKey(draft.phases)).toBe('phase_5');
    expect(fieldOfIssuePath('settings.approval.tiers.1.upToCents')).toBe('approval');
    expect(fieldOfIssuePath('settings.approval.unplannedCeoAboveCents')).toBe('ceoAbove');
    expect(fieldOfIssuePath('settings.budgetPhases')).toBe('budgetPhases');
    expect(fieldOfIssuePath('currency')).toBe('currency');
  });
});
