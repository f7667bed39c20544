import { describe as group, expect, it } from 'vitest';
import { createWorkCalendar } from '../../../src-shared/calendar';
import { dayNumber } from '../../../src-shared/model/dates';
import { PlanDraft, createPlanDraft } from '../../../src-shared/templates';
import { describe, findings, inside } from './harness';

const cal = createWorkCalendar();
const sum = (xs: { plannedCents: number }[]) => xs.reduce((s, l) => s + l.plannedCents, 0);

for (const startDate of ['2025-04-01', '2027-01-15', '2030-07-01']) {
  group(`city promotion from ${startDate}`, () => {
    const draft = createPlanDraft(
      { templateId: 'city_promotion', startDate, planName: '同城推广', scale: 30_000 },
      cal,
    );

    it('has the four phases in order with a 20% buffer that no activity enters', () => {
      expect(PlanDraft.safeParse(draft).success).toBe(true);
      expect(draft.phases.map((p) => p.key)).toEqual(['launch', 'growth', 'maturity', 'expansion']);
      expect(draft.phases[0].start).toBe(startDate);
      for (let i = 1; i < 4; i++) expect(dayNumber(draft.phases[i].start)).toBe(dayNumber(draft.phases[i - 1].end) + 1);
      for (const p of draft.phases) {
        expect(p.bufferSharePercent).toBeGreaterThanOrEqual(20);
        const len = dayNumber(p.end) - dayNumber(p.start) + 1;
        const bufferStart = dayNumber(p.end) - Math.floor(len * 0.2) + 1;
        const inPhase = draft.activities.filter((a) => inside(a.start, p.start, p.end));
        expect(inPhase.length, p.key).toBeGreaterThan(0);
        for (const a of inPhase) expect(dayNumber(a.end), a.key).toBeLessThan(bufferStart);
      }
    });

    it('splits the budget by channel 35/28/12/15 of acquisition, exact to the cent, with approval tiers', () => {
      expect(sum(draft.budgetLines)).toBe(draft.budgetTotalCents);
      const ofDesc = (word: string) => sum(draft.budgetLines.filter((l) => l.description.includes(word)));
      const acquisition = ofDesc('获客');
      expect(acquisition * 2).toBe(draft.budgetTotalCents);
      expect(ofDesc('短视频平台投放') * 100).toBe(acquisition * 35);
      expect(ofDesc('朋友圈广告') * 100).toBe(acquisition * 28);
      expect(ofDesc('线下地推') * 100).toBe(acquisition * 12);
      expect(ofDesc('渠道机动储备') * 100).toBe(acquisition * 15);
      expect(sum(draft.budgetLines.filter((l) => l.category === 'content')) * 100).toBe(draft.budgetTotalCents * 18);
      expect(sum(draft.budgetLines.filter((l) => l.category === 'technology')) * 100).toBe(draft.budgetTotalCents * 12);
      expect(draft.budgetLines.every((l) => l.notes.startsWith('审批：'))).toBe(true);
      expect(draft.settings.approval.unplannedCeoAboveCents).toBe(1_000_000);
    });

    it('has early-warning thresholds and emergency levels 1/2/3, level 1 the most severe', () => {
      expect(draft.risks.some((r) => r.mitigation.includes('连续3天') && r.mitigation.includes('20%'))).toBe(true);
      expect(draft.risks[0].contingency).toMatch(
        /一级（重大安全事故）.*CEO.*二级（核心系统故障）.*4小时.*三级.*24小时/,
      );
      expect(new Set(draft.risks.map((r) => r.emergencyLevel).filter((l) => l !== null))).toEqual(new Set([1, 2, 3]));
      const level = (n: number) => draft.risks.find((r) => r.emergencyLevel === n);
      expect([level(1)?.category, level(1)?.owner, level(1)?.responseMinutes]).toEqual(['safety', 'CEO', 0]);
      expect([level(2)?.owner, level(2)?.responseMinutes]).toEqual(['运营总监', 240]);
      expect([level(3)?.owner, level(3)?.responseMinutes]).toEqual(['市场总监', 1440]);
      const late = draft.risks.find((r) => r.triggerKpiKey === 'kpi-late-complaints');
      expect([late?.triggerThreshold, late?.triggerDirection]).toEqual([20, 'above']);
    });

    it('has no hard findings, no segment fatigue and no buffer intrusions', () => {
      const fs = findings([draft], cal);
      expect(
        fs
          .filter((f) => f.severity === 'hard' || f.ruleId === 'phase.buffer' || f.ruleId.startsWith('segment.'))
          .map(describe),
      ).toEqual([]);
    });
  });
}

group('templates together', () => {
  it('two templates in one workspace show their real clashes (shared venue and members)', () => {
    const a = createPlanDraft({ templateId: 'member_campaign', year: 2026, planName: 'A', scale: 50_000 }, cal);
    const b = createPlanDraft({ templateId: 'member_campaign', year: 2026, planName: 'B', scale: 50_000 }, cal);
    const fs = findings([a, b], cal);
    expect(fs.some((f) => f.ruleId === 'resource.capacity')).toBe(true);
    expect(fs.some((f) => f.ruleId === 'segment.min_gap')).toBe(true);
  });

  it('refuses a request without a start date or year', () => {
    expect(() => createPlanDraft({ templateId: 'retention', planName: 'x', scale: 1000 }, cal)).toThrow();
  });
});
