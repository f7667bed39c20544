import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PLAN_SETTINGS,
  PlanSettings,
  approversFor,
  riskLevelOf,
} from '../../../src-shared/model/plan-settings';

describe('plan settings', () => {
  it('defaults come from docs/domain.md', () => {
    const s = DEFAULT_PLAN_SETTINGS;
    expect(s.contingencySharePercent).toBe(20);
    expect(s.approval.unplannedCeoAboveCents).toBe(1_000_000);
    expect(s.approval.tiers.map((t) => t.upToCents)).toEqual([4_999_999, 20_000_000, null]);
    expect(s.budgetPhases.reduce((a, p) => a + p.sharePercent, 0)).toBe(100);
    expect(s.preferredSlots).toEqual(['weekend', 'holiday']);
    expect(s.workingWeekdays).toEqual([1, 2, 3, 4, 5]);
    expect(s.targets.backupPlanSharePercentMin).toBe(30);
  });

  it('picks the approver tier and adds the CEO for unplanned spend over 10,000 CNY', () => {
    const a = DEFAULT_PLAN_SETTINGS.approval;
    expect(approversFor(4_999_999, false, a)[0].approverEn).toBe('Operations director');
    expect(approversFor(5_000_000, false, a)[0].approverEn).toContain('co-sign');
    expect(approversFor(20_000_000, false, a)[0].approverEn).toContain('co-sign');
    expect(approversFor(20_000_001, false, a)[0].approverEn).toBe('Board');
    expect(approversFor(1_000_000, true, a)).toHaveLength(1);
    expect(approversFor(1_000_001, true, a).map((t) => t.approverEn)).toEqual(['Operations director', 'CEO']);
  });

  it('bands the 5x5 matrix', () => {
    expect(riskLevelOf(2, 2, DEFAULT_PLAN_SETTINGS.riskBands)).toBe('low');
    expect(riskLevelOf(3, 4, DEFAULT_PLAN_SETTINGS.riskBands)).toBe('medium');
    expect(riskLevelOf(5, 3, DEFAULT_PLAN_SETTINGS.riskBands)).toBe('high');
  });

  it('refuses phase splits that do not sum to 100 and unordered tiers', () => {
    const bad = PlanSettings.safeParse({ budgetPhases: [{ key: 'a', nameZh: '甲', nameEn: 'A', sharePercent: 60 }] });
    expect(bad.success).toBe(false);
    const tiers = PlanSettings.safeParse({
      approval: {
        tiers: [
          { upToCents: null, approverZh: '甲', approverEn: 'A' },
          { upToCents: 5, approverZh: '乙', approverEn: 'B' },
        ],
      },
    });
    expect(tiers.success).toBe(false);
  });
});
