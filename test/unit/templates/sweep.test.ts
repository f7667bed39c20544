import { describe as group, expect, it } from 'vitest';
import { createWorkCalendar } from '../../../src-shared/calendar';
import { addDays, dayNumber, weekday } from '../../../src-shared/model/dates';
import { TEMPLATE_IDS, createPlanDraft } from '../../../src-shared/templates';
import { describe, findings } from './harness';

/**
 * "Each template, instantiated for any start date from 2024 to 2030, yields zero hard findings":
 * a deterministic sweep of start dates (every 61 days, so every weekday and month comes up),
 * small and huge scales, and planner blackout dates.
 */
const cal = createWorkCalendar();
const starts: string[] = [];
for (let d = '2024-01-01'; dayNumber(d) <= dayNumber('2030-12-31'); d = addDays(d, 61)) starts.push(d);

group('every template over 2024-2030', () => {
  for (const templateId of TEMPLATE_IDS) {
    it(`${templateId}: zero hard findings for ${starts.length} start dates`, () => {
      for (const startDate of starts) {
        const draft = createPlanDraft({ templateId, startDate, planName: 'sweep', scale: 40_000 }, cal);
        const hard = findings([draft], cal).filter((f) => f.severity === 'hard');
        expect(hard.map(describe), `${templateId} ${startDate}`).toEqual([]);
        expect(draft.budgetLines.reduce((s, l) => s + l.plannedCents, 0)).toBe(draft.budgetTotalCents);
      }
    });
  }

  it('member campaign keeps its monthly and quarterly targets from any start month', () => {
    for (const startDate of ['2024-07-15', '2026-11-01', '2029-02-20']) {
      const draft = createPlanDraft({ templateId: 'member_campaign', startDate, planName: 'x', scale: 40_000 }, cal);
      expect(draft.plan.startDate).toBe(`${startDate.slice(0, 7)}-01`);
      const months = new Map<string, number>();
      for (const a of draft.activities) months.set(a.start.slice(0, 7), (months.get(a.start.slice(0, 7)) ?? 0) + 1);
      expect(months.size).toBe(12);
      for (const [m, n] of months) expect(n, m).toBeGreaterThanOrEqual(10);
      const majors = draft.activities.filter((a) => a.major).length;
      expect(majors).toBeGreaterThanOrEqual(16);
      expect(majors).toBeLessThanOrEqual(20);
      const soft = findings([draft], cal).filter(
        (f) => f.ruleId.startsWith('month.') || f.ruleId.startsWith('segment.'),
      );
      expect(soft.map(describe), startDate).toEqual([]);
    }
  });

  it('copes with tiny and huge memberships', () => {
    for (const templateId of TEMPLATE_IDS) {
      for (const scale of [100, 100_000_000]) {
        const draft = createPlanDraft({ templateId, year: 2026, planName: 'scale', scale }, cal);
        expect(
          findings([draft], cal)
            .filter((f) => f.severity === 'hard')
            .map(describe),
          `${templateId} ${scale}`,
        ).toEqual([]);
      }
    }
  });

  it('places nothing on blackout dates and records them in the settings', () => {
    // Store closures over Labour Day and National Day plus two inventory weekends.
    const blackout = ['2026-03-14', '2026-03-15', '2026-06-20', '2026-06-21'];
    for (let i = 0; i < 5; i++) blackout.push(addDays('2026-05-01', i));
    for (let i = 0; i < 7; i++) blackout.push(addDays('2026-10-01', i));
    for (const templateId of TEMPLATE_IDS) {
      const draft = createPlanDraft(
        { templateId, year: 2026, planName: 'blackout', scale: 40_000, blackoutDates: blackout },
        cal,
      );
      expect(draft.settings.blackoutDates).toEqual([...blackout].sort());
      const hard = findings([draft], cal).filter((f) => f.severity === 'hard');
      expect(hard.map(describe), templateId).toEqual([]);
      expect(draft.notices.filter((n) => n['zh-CN'].includes('无法避开'))).toEqual([]);
    }
  });

  it('still returns a plan when blackouts leave no clean day, and says so', () => {
    const blackout: string[] = [];
    for (let d = '2026-01-01'; d <= '2026-04-30'; d = addDays(d, 1)) if (weekday(d) === 6) blackout.push(d);
    const draft = createPlanDraft(
      { templateId: 'city_promotion', startDate: '2026-01-01', planName: 'x', scale: 40_000, blackoutDates: blackout },
      cal,
    );
    expect(draft.notices.some((n) => n['zh-CN'].includes('无法避开'))).toBe(true);
    expect(findings([draft], cal).some((f) => f.ruleId === 'plan.blackout')).toBe(true);
  });

  it('finds the real clashes between different templates in one workspace', () => {
    const campaign = createPlanDraft({ templateId: 'member_campaign', year: 2026, planName: 'A', scale: 40_000 }, cal);
    const retention = createPlanDraft(
      { templateId: 'retention', startDate: '2026-03-01', planName: 'B', scale: 40_000 },
      cal,
    );
    const city = createPlanDraft(
      { templateId: 'city_promotion', startDate: '2026-03-01', planName: 'C', scale: 40_000 },
      cal,
    );
    const event = retention.activities[0];
    const fs = findings([campaign, retention, city], cal);
    // The retention event shares 多功能厅 with the campaign when both want the same day.
    const hallUsers = campaign.activities.filter(
      (a) => a.claims.some((c) => c.resourceKey === 'venue_hall') && a.start <= event.start && a.end >= event.start,
    );
    if (hallUsers.length > 0) expect(fs.some((f) => f.ruleId === 'resource.capacity')).toBe(true);
    expect(fs.some((f) => f.ruleId === 'resource.capacity' || f.ruleId.startsWith('segment.'))).toBe(true);
  });
});
