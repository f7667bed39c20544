import { describe as group, expect, it } from 'vitest';
import { createWorkCalendar } from '../../../src-shared/calendar';
import { addDays, dayNumber } from '../../../src-shared/model/dates';
import { PlanDraft, createPlanDraft } from '../../../src-shared/templates';
import { describe, findings, inside } from './harness';

const cal = createWorkCalendar();
const sum = (xs: { plannedCents: number }[]) => xs.reduce((s, l) => s + l.plannedCents, 0);

for (const startDate of ['2025-03-03', '2027-06-14', '2030-09-02']) {
  group(`retention activity from ${startDate}`, () => {
    const draft = createPlanDraft({ templateId: 'retention', startDate, planName: '保客活动', scale: 20_000 }, cal);
    const [event] = draft.activities;

    it('is one retention activity on a non-workday with a backup plan, inside its window', () => {
      expect(PlanDraft.safeParse(draft).success).toBe(true);
      expect(draft.activities).toHaveLength(1);
      expect(event.type).toBe('retention');
      expect(cal.isNonWorkday(event.start)).toBe(true);
      expect(event.backupPlan).not.toBe('');
      expect(inside(event.start, event.windowStart as string, event.windowEnd as string)).toBe(true);
    });

    it('carries the whole lifecycle as tasks, in order, from research to follow-up', () => {
      const titles = draft.tasks.map((t) => t.title).join('|');
      for (const step of [
        '需求调研',
        '目标',
        '主题',
        '内容',
        '预算',
        '筹备小组',
        '执行计划',
        '物料',
        '宣传推广倒计时',
        '场地布置',
        '活动执行',
        '效果评估',
        '总结报告',
        '后续跟进',
      ]) {
        expect(titles, step).toContain(step);
      }
      expect(draft.tasks.every((t) => t.activityKey === event.key && t.offsetDays !== null)).toBe(true);
      const byKey = new Map(draft.tasks.filter((t) => t.key).map((t) => [t.key, t]));
      // Every prerequisite ends before its dependant starts, and the chain runs research → follow-up.
      for (const t of draft.tasks) {
        for (const k of t.dependsOnKeys) {
          const pre = byKey.get(k);
          expect((pre?.offsetDays ?? 0) + (pre?.durationDays ?? 0) - 1, `${k} → ${t.key}`).toBeLessThan(
            t.offsetDays ?? 0,
          );
        }
      }
      expect(byKey.get('follow-up')?.dependsOnKeys).toEqual(['report']);
      expect(draft.tasks.filter((t) => t.key).every((t) => t.raci.some((e) => e.role === 'A'))).toBe(true);
    });

    it('uses the five §2 budget categories, exact to the cent, and the four risk categories', () => {
      expect(new Set(draft.budgetLines.map((l) => l.category))).toEqual(
        new Set(['venue', 'promotion', 'gifts', 'personnel', 'catering']),
      );
      expect(sum(draft.budgetLines)).toBe(draft.budgetTotalCents);
      expect(draft.risks.map((r) => r.category).sort()).toEqual(['legal', 'market', 'public_opinion', 'safety']);
    });

    it('has no hard findings', () => {
      expect(
        findings([draft], cal)
          .filter((f) => f.severity === 'hard')
          .map(describe),
      ).toEqual([]);
    });
  });

  group(`member conference from ${startDate}`, () => {
    const draft = createPlanDraft(
      { templateId: 'member_conference', startDate, planName: '会员大会', scale: 100_000 },
      cal,
    );
    const main = draft.activities.find((a) => a.key === 'conf-main');
    const t0 = (main?.start ?? '').slice(0, 10);

    it('puts the day on a non-workday about three months out, with sessions and the T-14 pressure test', () => {
      expect(PlanDraft.safeParse(draft).success).toBe(true);
      expect(cal.isNonWorkday(t0)).toBe(true);
      expect(dayNumber(t0) - dayNumber(startDate)).toBeGreaterThanOrEqual(90);
      expect(draft.activities.find((a) => a.key === 'conf-pressure-test')?.start).toBe(addDays(t0, -14));
      expect(draft.plan.endDate).toBe(addDays(t0, 30));
    });

    it('counts down with T-offsets: T-60 topics, T-45 kickoff, T-30 volunteers, weekly reviews, review to T+30', () => {
      const off = (word: string) => draft.tasks.find((t) => t.title.includes(word))?.offsetDays;
      expect(off('议题征集')).toBe(-60);
      expect(off('启动会')).toBe(-45);
      expect(off('志愿者招募')).toBe(-30);
      expect(off('会场预订')).toBe(-90);
      const weekly = draft.tasks.filter((t) => t.title.startsWith('周进度'));
      expect(weekly.length).toBeGreaterThanOrEqual(8);
      const kickoff = draft.tasks.find((t) => t.key === 'kickoff');
      expect(kickoff?.dependsOnKeys).toEqual(['topic-collection']);
      expect(kickoff?.raci.find((e) => e.role === 'A')?.person).toBe('项目经理');
      const last = draft.tasks.find((t) => t.title.includes('T+30'));
      expect((last?.offsetDays ?? 0) + (last?.durationDays ?? 0) - 1).toBe(30);
    });

    it('has people and equipment in their §3 quantities, and vendors', () => {
      const q = (name: string) => draft.resources.find((r) => r.name === name)?.quantity;
      expect([q('项目经理'), q('议程策划'), q('技术工程师'), q('现场协调'), q('会员代表'), q('学生志愿者')]).toEqual([
        1, 3, 5, 8, 10, 20,
      ]);
      expect([q('4K摄像机'), q('VR设备'), q('签到系统')]).toEqual([6, 20, 3]);
      expect(draft.resources.filter((r) => r.name.includes('直播服务商'))).toHaveLength(3);
      expect(draft.resources.filter((r) => r.name.includes('VR供应商'))).toHaveLength(2);
    });

    it("keeps the document's line items against the 30/50/20 target, with a 20% reserve, exact to the cent", () => {
      const phase = (p: string) => sum(draft.budgetLines.filter((l) => l.phase === p));
      expect([phase('preparation'), phase('execution'), phase('review')]).toEqual([33_000_000, 60_000_000, 20_000_000]);
      expect(draft.settings.budgetPhases.map((p) => p.sharePercent)).toEqual([30, 50, 20]);
      expect(phase('reserve')).toBe(22_600_000);
      expect(sum(draft.budgetLines)).toBe(draft.budgetTotalCents);
      expect(draft.phaseCaps.preparation).toBe(33_000_000);
      const match = draft.kpis.find((k) => k.key === 'kpi-topic-match');
      expect([match?.triggerThreshold, match?.triggerComparison]).toEqual([85, 'lt']);
      expect(draft.kpis.find((k) => k.key === 'kpi-online-views')?.triggerThreshold).toBe(400_000);
      expect(draft.risks.every((r) => r.mitigation.includes('响应目标') && r.responseMinutes !== null)).toBe(true);
      expect(draft.risks.find((r) => r.category === 'technical')?.responseMinutes).toBe(1);
      expect(draft.risks.find((r) => r.category === 'public_opinion')?.responseMinutes).toBe(30);
    });

    it('has no hard findings and keeps its buffers', () => {
      const fs = findings([draft], cal);
      expect(
        fs
          .filter((f) => f.severity === 'hard' || f.ruleId === 'phase.buffer' || f.ruleId.startsWith('segment.'))
          .map(describe),
      ).toEqual([]);
    });
  });
}
