import { describe as group, expect, it } from 'vitest';
import { createWorkCalendar, festivalDate } from '../../../src-shared/calendar';
import { addDays, dayNumber } from '../../../src-shared/model/dates';
import { raciMatrix } from '../../../src-shared/tasks/dependencies';
import { type PlanDraft, TEMPLATE_IDS, createPlanDraft } from '../../../src-shared/templates';

/**
 * Each template against the figures of its source document (../shared/seeds), for plans made in
 * 2025, 2027 and 2030. A figure here is quoted from the document named beside it.
 */
const cal = createWorkCalendar();
const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();
const sum = (xs: { plannedCents: number }[]) => xs.reduce((s, l) => s + l.plannedCents, 0);
const Y = 100;

for (const year of [2025, 2027, 2030]) {
  group(`会员大会实施方案, ${year}`, () => {
    const draft = createPlanDraft(
      { templateId: 'member_conference', startDate: `${year}-03-03`, planName: '会员大会', scale: 100_000 },
      cal,
    );
    const phase = (p: string) => draft.budgetLines.filter((l) => l.phase === p);

    it('3.3: online views target 500,000 (50万), backup channels below 400,000 (40万)', () => {
      const views = draft.kpis.find((k) => k.name.includes('线上观看'));
      expect([views?.target, views?.triggerThreshold, views?.triggerComparison]).toEqual([500_000, 400_000, 'lt']);
      expect(draft.activities.find((a) => a.key === 'conf-stream')?.expectedParticipants).toBe(500_000);
    });

    it('7.3: line items as written; the resulting phase shares shown against 30/50/20', () => {
      const items = (p: string) => phase(p).map((l) => [l.description, l.plannedCents / Y]);
      expect(items('preparation')).toEqual([
        ['议题调研费', 100_000],
        ['场地预订费', 150_000],
        ['物料制作费', 80_000],
      ]);
      expect(items('execution')).toEqual([
        ['技术设备租赁', 200_000],
        ['嘉宾邀请费', 150_000],
        ['现场运营费', 250_000],
      ]);
      expect(items('review')).toEqual([
        ['数据分析费', 80_000],
        ['会员补偿费', 70_000],
        ['长期权益投入', 50_000],
      ]);
      expect(draft.settings.budgetPhases.map((p) => [p.key, p.sharePercent])).toEqual([
        ['preparation', 30],
        ['execution', 50],
        ['review', 20],
      ]);
      expect(sum(phase('reserve'))).toBe(sum([...phase('preparation'), ...phase('execution'), ...phase('review')]) / 5);
    });

    it('7.2: technical resources bought and tested at T-60; 8.x: review report at T+30; T-45 kickoff', () => {
      const tech = draft.tasks.filter((t) => t.title.startsWith('技术资源采购与测试'));
      expect(tech.length).toBeGreaterThan(0);
      expect(tech.every((t) => t.offsetDays === -60)).toBe(true);
      const report = draft.tasks.find((t) => t.title.includes('T+30'));
      expect(report?.offsetDays).toBe(30);
      expect(draft.tasks.find((t) => t.title.includes('启动会'))?.offsetDays).toBe(-45);
      expect(draft.tasks.find((t) => t.title.includes('志愿者招募'))?.offsetDays).toBe(-30);
    });
  });

  group(`同城运营推广方案, ${year}`, () => {
    const draft = createPlanDraft(
      { templateId: 'city_promotion', startDate: `${year}-04-01`, planName: '同城推广', scale: 30_000 },
      cal,
    );

    it('6.2: emergency level 1 is the most severe (CEO, immediate), 3 the least (marketing, 24 h)', () => {
      const level = (n: number) => draft.risks.find((r) => r.emergencyLevel === n);
      expect([level(1)?.category, level(1)?.owner, level(1)?.responseMinutes]).toEqual(['safety', 'CEO', 0]);
      expect([level(2)?.owner, level(2)?.responseMinutes]).toEqual(['运营总监', 240]);
      expect([level(3)?.owner, level(3)?.responseMinutes]).toEqual(['市场总监', 1440]);
      expect(draft.risks.map((r) => r.contingency).join()).not.toContain('一级（局部');
    });

    it('6.3: the blacklist follows 2 consecutive serious failures; 6.1: the financial threshold is 15%', () => {
      const supplier = draft.risks.find((r) => r.category === 'supplier');
      expect(supplier?.mitigation).toContain('连续2次');
      expect(supplier?.mitigation).not.toContain('累计');
      const money = draft.risks.find((r) => r.category === 'financial');
      expect(money?.triggerThreshold).toBe(15);
      expect(draft.kpis.find((k) => k.key === money?.triggerKpiKey)?.triggerThreshold).toBe(15);
    });

    it("3.1/3.2/8.1: the document's KPIs", () => {
      const target = (word: string) => draft.kpis.find((k) => k.name.includes(word))?.target;
      expect(target('活跃用户数')).toBe(100_000);
      expect(target('年化复购率')).toBe(30);
      expect(target('首半年用户增长')).toBe(500_000);
      expect(target('日均订单量')).toBe(200);
    });

    it('3.1: every monthly item lies in its own month of its phase', () => {
      for (const a of draft.activities) {
        const m = /（第(\d+)月）/.exec(a.title);
        if (!m) continue;
        const phase = draft.phases.find((p) => a.key.startsWith(`city-${p.key}-`));
        expect(phase, a.key).toBeDefined();
        const k = Number(m[1]) - 1;
        const from = new Date(`${phase?.start}T00:00:00Z`);
        from.setUTCMonth(from.getUTCMonth() + k);
        const monthStart = from.toISOString().slice(0, 10);
        const next = new Date(from);
        next.setUTCMonth(next.getUTCMonth() + 1);
        const monthEnd = addDays(next.toISOString().slice(0, 10), -1);
        expect(dayNumber(a.start), `${a.title} ${a.start}`).toBeGreaterThanOrEqual(dayNumber(monthStart));
        expect(dayNumber(a.end), `${a.title} ${a.end}`).toBeLessThanOrEqual(dayNumber(monthEnd));
      }
      // No two months of one item share dates (第1月 and 第4月 used to).
      const byItem = new Map<string, string[]>();
      for (const a of draft.activities) {
        const item = a.title.replace(/（第\d+月）/, '');
        byItem.set(item, [...(byItem.get(item) ?? []), a.start]);
      }
      for (const [item, starts] of byItem) expect(new Set(starts).size, item).toBe(starts.length);
    });
  });

  group(`会员档期策划方案, ${year}`, () => {
    const draft = createPlanDraft({ templateId: 'member_campaign', year, planName: '会员档期', scale: 50_000 }, cal);
    const acts = draft.activities;

    it('weekend events run Saturday-Sunday', () => {
      const weekends = acts.filter((a) => a.title.includes('周末') || a.title.includes('科技节'));
      expect(weekends.length).toBeGreaterThan(0);
      for (const a of weekends) {
        expect(a.end, a.title).toBe(addDays(a.start, 1));
        // Saturday-Sunday, or two official non-workdays (a holiday weekend).
        const both = cal.isNonWorkday(a.start) && cal.isNonWorkday(a.end);
        expect(both, `${a.title} ${a.start}`).toBe(true);
        if (!cal.hasOfficialData(year)) expect(weekday(a.start), a.title).toBe(6);
      }
    });

    it('618 on 06-18, 520 on 05-20', () => {
      expect(acts.find((a) => a.key === `fest-day_618-${year}`)?.start).toBe(`${year}-06-18`);
      expect(acts.find((a) => a.key === `fest-day_520-${year}`)?.start).toBe(`${year}-05-20`);
    });

    it('04: 春节 5 events for 3,000 members, 国庆 5,000, 中秋 3 events for 2,000', () => {
      const of = (id: string) => acts.filter((a) => a.key.startsWith(`fest-${id}-${year}`));
      const reach = (id: string) => of(id).reduce((s, a) => s + (a.expectedParticipants ?? 0), 0);
      expect([of('spring_festival').length, reach('spring_festival')]).toEqual([5, 3000]);
      expect(reach('national_day')).toBe(5000);
      expect([of('mid_autumn').length, reach('mid_autumn')]).toEqual([3, 2000]);
      const first = acts.find((a) => a.key === `fest-spring_festival-${year}`);
      expect(first?.start).toBe(festivalDate(year, 'spring_festival'));
    });

    it('04: birthday parties reach 15% of members and salons 30% over the year; VIP days 20 VIPs', () => {
      const reach = (type: string) =>
        acts.filter((a) => a.type === type).reduce((s, a) => s + (a.expectedParticipants ?? 0), 0);
      expect(reach('birthday')).toBe(50_000 * 0.15);
      expect(reach('salon')).toBe(50_000 * 0.3);
      expect(acts.filter((a) => a.type === 'vip_day').every((a) => a.expectedParticipants === 20)).toBe(true);
    });

    it('the reserve target agrees with the reserve: 200,000 of the 1,000,000', () => {
      const reserve = sum(draft.budgetLines.filter((l) => l.category === 'contingency'));
      expect(reserve).toBe(200_000 * Y);
      const phased = draft.budgetTotalCents - reserve;
      expect(Math.round((phased * draft.settings.contingencySharePercent) / 100)).toBe(reserve);
    });
  });
}

group('every template, every year', () => {
  const drafts: PlanDraft[] = [];
  for (const year of [2025, 2027, 2030])
    for (const templateId of TEMPLATE_IDS)
      drafts.push(createPlanDraft({ templateId, year, startDate: `${year}-03-02`, planName: 'x', scale: 20_000 }, cal));

  it('writes budget amounts a planner would: whole hundreds of yuan, phase totals exact', () => {
    for (const d of drafts) {
      for (const l of d.budgetLines) expect(l.plannedCents % (100 * Y), `${d.templateId} ${l.description}`).toBe(0);
      for (const [phase, cap] of Object.entries(d.phaseCaps))
        expect(sum(d.budgetLines.filter((l) => l.phase === phase)), `${d.templateId} ${phase}`).toBe(cap);
    }
  });

  it('has no task row its own RACI check flags', () => {
    for (const d of drafts) {
      const tasks = d.tasks.map((t, i) => ({ id: String(i), raci: t.raci }));
      expect(raciMatrix(tasks).problems, d.templateId).toEqual([]);
    }
  });

  it('writes no English into a Chinese plan (notes, trigger actions, backup plans)', () => {
    for (const d of drafts) {
      const texts = [
        ...d.activities.flatMap((a) => [a.notes, a.backupPlan]),
        ...d.kpis.map((k) => k.triggerAction),
        ...d.resources.map((r) => r.notes),
        ...d.budgetLines.map((l) => l.notes),
        ...d.tasks.map((t) => t.notes),
      ];
      for (const text of texts) expect(text ?? '', d.templateId).not.toMatch(/[A-Za-z]{4,}/);
      for (const a of d.activities) expect(a.backupPlan, a.title).not.toMatch(/^备选方案/);
    }
  });
});

group('assumptions made visible', () => {
  const make = (templateId: (typeof TEMPLATE_IDS)[number], extra: object = {}) =>
    createPlanDraft({ templateId, year: 2027, startDate: '2027-03-01', planName: 'x', scale: 40_000, ...extra }, cal);

  it('every template lists members and its budget, each marked document or assumption', () => {
    for (const templateId of TEMPLATE_IDS) {
      const list = make(templateId).settings.assumptions;
      const byKey = new Map(list.map((a) => [a.key, a]));
      expect(byKey.get('members')?.value, templateId).toBe(40_000);
      expect(byKey.get('members')?.source).toBe('assumption');
      expect(
        [...byKey.keys()].some((k) => k.startsWith('budget.')),
        templateId,
      ).toBe(true);
      expect(new Set(list.map((a) => a.key)).size, templateId).toBe(list.length);
      for (const a of list) if (a.source === 'document') expect(a.reference, a.key).toMatch(/方案|办法/);
    }
    // The retention document gives no figures at all.
    expect(make('retention').settings.assumptions.every((a) => a.source === 'assumption')).toBe(true);
    const campaign = make('member_campaign').settings.assumptions.find((a) => a.key === 'budget.total');
    expect([campaign?.value, campaign?.source]).toEqual([1_000_000, 'document']);
  });

  it("the planner's budget and revenue rate replace the template's, and are then assumptions", () => {
    const campaign = make('member_campaign', { budgetYuan: 800_000 });
    expect(campaign.budgetTotalCents).toBe(800_000 * Y);
    expect(sum(campaign.budgetLines)).toBe(800_000 * Y);
    expect(campaign.settings.assumptions.find((a) => a.key === 'budget.total')?.source).toBe('assumption');
    const city = make('city_promotion', { revenuePerMemberYuan: 2000 });
    expect(city.budgetTotalCents).toBe(40_000 * 2000 * 0.09 * Y);
    expect(city.settings.assumptions.find((a) => a.key === 'revenue.per_member')?.value).toBe(2000);
  });
});
