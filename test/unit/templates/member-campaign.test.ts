import { describe as group, expect, it } from 'vitest';
import { createWorkCalendar, festivalDate } from '../../../src-shared/calendar';
import { addDays } from '../../../src-shared/model/dates';
import { PlanDraft, createPlanDraft } from '../../../src-shared/templates';
import { FESTIVAL_THEMES } from '../../../src-shared/templates/member-campaign-catalog';
import { describe, findings, inside, nonWorkdayShare } from './harness';

const cal = createWorkCalendar();

for (const year of [2025, 2027, 2030]) {
  group(`member campaign calendar ${year}`, () => {
    const draft = createPlanDraft(
      { templateId: 'member_campaign', year, planName: `${year}会员档期`, scale: 50_000 },
      cal,
    );
    const acts = draft.activities;
    const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
    const inMonth = (m: string) => acts.filter((a) => a.start.startsWith(m));
    const ofType = (list: typeof acts, type: string) => list.filter((a) => a.type === type);

    it('passes its schema and covers the year', () => {
      expect(PlanDraft.safeParse(draft).success).toBe(true);
      expect(draft.plan.startDate).toBe(`${year}-01-01`);
      expect(draft.plan.endDate).toBe(`${year}-12-31`);
      expect(draft.notices.length).toBe(cal.hasOfficialData(year) ? 0 : 1);
    });

    it('meets the monthly frequencies of docs/domain.md §1', () => {
      for (const m of months) {
        const list = inMonth(m);
        expect(list.length, m).toBeGreaterThanOrEqual(10);
        expect(ofType(list, 'member_day').length, m).toBeGreaterThanOrEqual(2);
        expect(ofType(list, 'online').length, m).toBeGreaterThanOrEqual(2);
        expect(ofType(list, 'hot_topic').length, m).toBeGreaterThanOrEqual(1);
        expect(ofType(list, 'hot_topic').length, m).toBeLessThanOrEqual(2);
        expect(ofType(list, 'vip_day').length, m).toBe(1);
        // ≥20% of every month's activities on non-workdays.
        expect(list.filter((a) => cal.isNonWorkday(a.start)).length / list.length, m).toBeGreaterThanOrEqual(0.2);
      }
      expect(ofType(acts, 'birthday').length).toBeGreaterThanOrEqual(10);
    });

    it('meets the quarterly frequencies: 4-5 major activities, 2 salons, industry and cross-brand', () => {
      for (let q = 0; q < 4; q++) {
        const list = acts.filter((a) => Math.floor((Number(a.start.slice(5, 7)) - 1) / 3) === q);
        const majors = list.filter((a) => a.major).length;
        expect(majors, `Q${q + 1}`).toBeGreaterThanOrEqual(4);
        expect(majors, `Q${q + 1}`).toBeLessThanOrEqual(5);
        expect(ofType(list, 'salon').length).toBe(2);
        expect(ofType(list, 'industry').length).toBeGreaterThanOrEqual(1);
        expect(ofType(list, 'cross_brand').length).toBeGreaterThanOrEqual(1);
      }
    });

    it('puts ≥80% in preferred slots and backup plans on ≥30%', () => {
      expect(nonWorkdayShare(draft, cal)).toBeGreaterThanOrEqual(0.8);
      expect(acts.filter((a) => a.backupPlan.trim()).length / acts.length).toBeGreaterThanOrEqual(0.3);
    });

    it("anchors festival themes to that year's festival dates", () => {
      const fest = ofType(acts, 'festival');
      for (const [id, theme] of Object.entries(FESTIVAL_THEMES)) {
        const date = festivalDate(year, id) as string;
        const a = fest.find((x) => x.key === `fest-${id}-${year}`);
        expect(a, id).toBeDefined();
        if (!a) continue;
        if (theme.big) expect(a.start, id).toBe(date);
        else expect(inside(a.start, addDays(date, -7), addDays(date, 3)), id).toBe(true);
      }
      expect(fest.find((a) => a.key === `fest-spring_festival-${year}`)?.start).toBe(
        festivalDate(year, 'spring_festival'),
      );
      expect(fest.find((a) => a.key === `fest-mid_autumn-${year}`)?.start).toBe(festivalDate(year, 'mid_autumn'));
    });

    it('targets tier segments and keeps every activity inside its window', () => {
      const tiers = ['tier_regular', 'tier_silver', 'tier_gold', 'tier_diamond'];
      for (const t of tiers)
        expect(
          acts.some((a) => a.segmentKeys.includes(t)),
          t,
        ).toBe(true);
      for (const a of acts) {
        expect(inside(a.start, a.windowStart as string, a.windowEnd as string), a.key).toBe(true);
        expect(inside(a.end, a.windowStart as string, a.windowEnd as string), a.key).toBe(true);
      }
    });

    it('budgets 1,000,000 CNY exactly, with the 200,000 CNY market reserve', () => {
      const sum = draft.budgetLines.reduce((s, l) => s + l.plannedCents, 0);
      expect(sum).toBe(100_000_000);
      expect(draft.budgetTotalCents).toBe(100_000_000);
      for (const [phase, cap] of Object.entries(draft.phaseCaps)) {
        expect(
          draft.budgetLines.filter((l) => l.phase === phase).reduce((s, l) => s + l.plannedCents, 0),
          phase,
        ).toBe(cap);
      }
      expect(draft.budgetLines.every((l) => Number.isInteger(l.plannedCents))).toBe(true);
      const market = draft.risks.find((r) => r.category === 'market');
      expect(market?.reserveCents).toBe(20_000_000);
      expect(draft.risks.map((r) => r.category).sort()).toEqual(['market', 'member_churn', 'technical']);
    });

    it('has zero hard findings in the conflict engine, and no segment fatigue of its own', () => {
      const fs = findings([draft], cal);
      expect(fs.filter((f) => f.severity === 'hard').map(describe)).toEqual([]);
      expect(
        fs
          .filter(
            (f) => f.ruleId.startsWith('segment.') || f.ruleId.startsWith('month.') || f.ruleId === 'plan.backup_share',
          )
          .map(describe),
      ).toEqual([]);
    });

    it('is deterministic', () => {
      const again = createPlanDraft(
        { templateId: 'member_campaign', year, planName: `${year}会员档期`, scale: 50_000 },
        cal,
      );
      expect(again).toEqual(draft);
    });
  });
}
