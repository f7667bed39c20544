import fc from 'fast-check';
import { dayFromNumber, dayNumber } from '../../../src-shared/model/dates';
import type { RuleActivity, RulesInput } from '../../../src-shared/rules';
import { inputOf, uid } from './helpers';

/** Random small workspaces (two plans, shared venues and a channel, segments, tasks, budgets) exercising every rule family at once. */
const BASE = dayNumber('2026-03-01');
const PLANS = [uid(1), uid(2)];
const RES = [0, 1, 2, 3].map((k) => uid(500 + k));
const SEGS = [0, 1, 2].map((k) => uid(600 + k));

const arbActivity = (k: number) =>
  fc
    .record({
      day: fc.integer({ min: 0, max: 45 }),
      len: fc.integer({ min: 1, max: 4 }),
      timed: fc.boolean(),
      hour: fc.integer({ min: 8, max: 18 }),
      hours: fc.integer({ min: 1, max: 5 }),
      plan: fc.integer({ min: 0, max: 1 }),
      festival: fc.boolean(),
      backup: fc.boolean(),
      window: fc.option(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 20 })), { nil: null }),
      claims: fc.uniqueArray(fc.record({ r: fc.integer({ min: 0, max: 3 }), q: fc.integer({ min: 1, max: 8 }) }), {
        selector: (c) => c.r,
        maxLength: 3,
      }),
      segs: fc.uniqueArray(fc.integer({ min: 0, max: 2 }), { maxLength: 2 }),
    })
    .map((a): RuleActivity => {
      const d = dayFromNumber(BASE + a.day);
      const hh = (h: number) => String(h).padStart(2, '0');
      return {
        id: uid(1000 + k),
        planId: PLANS[a.plan],
        title: `A${k}`,
        type: a.festival ? 'festival' : 'other',
        priority: 'normal',
        pinned: false,
        locked: false,
        allDay: !a.timed,
        start: a.timed ? `${d}T${hh(a.hour)}:00` : d,
        end: a.timed ? `${d}T${hh(a.hour + a.hours)}:30` : dayFromNumber(BASE + a.day + a.len - 1),
        windowStart: a.window ? dayFromNumber(BASE + a.window[0]) : null,
        windowEnd: a.window ? dayFromNumber(BASE + a.window[0] + a.window[1]) : null,
        hasBackup: a.backup,
        claims: a.claims.map((c) => ({ resourceId: RES[c.r], quantity: c.r === 3 ? c.q * 100 : c.q })),
        segmentIds: a.segs.map((s) => SEGS[s]),
      };
    });

export const arbInput = fc
  .integer({ min: 2, max: 30 })
  .chain((n) =>
    fc.record({
      acts: fc.tuple(...Array.from({ length: n }, (_, k) => arbActivity(k))),
      qty: fc.tuple(
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 300, max: 1500 }),
      ),
      blocked: fc.uniqueArray(fc.integer({ min: 0, max: 45 }), { maxLength: 4 }),
      gaps: fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 3 })),
      weekly: fc.tuple(
        fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
        fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
      ),
      prec: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.integer({ min: 0, max: 3 })), { maxLength: 4 }),
      tasks: fc.array(
        fc.record({
          a: fc.nat(n - 1),
          off: fc.integer({ min: -20, max: 0 }),
          dur: fc.integer({ min: 1, max: 4 }),
          lead: fc.integer({ min: 0, max: 10 }),
          fixed: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
        }),
        { maxLength: 6 },
      ),
      lines: fc.array(
        fc.record({
          a: fc.option(fc.nat(n - 1), { nil: null }),
          day: fc.option(fc.integer({ min: 0, max: 45 }), { nil: null }),
          cents: fc.integer({ min: 1, max: 500 }),
        }),
        { maxLength: 6 },
      ),
      minMonth: fc.integer({ min: 0, max: 12 }),
    }),
  )
  .map((g): RulesInput => {
    const input = inputOf(
      {
        plans: [
          { id: PLANS[0], name: 'P0', startDate: '2026-03-01', endDate: '2026-04-30' },
          { id: PLANS[1], name: 'P1', startDate: '2026-03-10', endDate: '2026-04-15' },
        ],
        activities: g.acts,
        resources: RES.map((id, k) => ({
          id,
          name: `R${k}`,
          kind: k === 3 ? 'channel' : 'venue',
          quantity: g.qty[k],
          dailyCapacity: k === 3 ? g.qty[3] : null,
          // A monthly cap a few busy days reach, so channel.period_capacity findings occur too.
          periodCapacity: k === 3 ? g.qty[3] * 4 : null,
          unavailableDates: k === 0 ? g.blocked.map((d) => dayFromNumber(BASE + d)) : [],
        })),
        segments: SEGS.map((id, k) => ({ id, name: `S${k}`, minGapDays: g.gaps[k], weeklyMax: g.weekly[k] ?? null })),
        tasks: g.tasks.map((t, k) => ({
          id: uid(3000 + k),
          planId: g.acts[t.a].planId,
          title: `T${k}`,
          activityId: g.acts[t.a].id,
          offsetDays: t.fixed === null ? t.off : null,
          fixedDate: t.fixed === null ? null : dayFromNumber(BASE + t.fixed),
          durationDays: t.dur,
          leadDays: t.lead,
        })),
        budgetLines: g.lines.map((l, k) => ({
          id: uid(4000 + k),
          planId: PLANS[0],
          activityId: l.a === null ? null : g.acts[l.a].id,
          phase: k % 2 ? '执行' : '准备',
          date: l.day === null ? null : dayFromNumber(BASE + l.day),
          cents: l.cents * 1_000_00,
        })),
      },
      [{ id: 'qingming', nameZh: '清明', nameEn: 'Qingming', date: '2026-04-05', kind: 'public' }],
    );
    input.settings.weights = {};
    input.settings.minActivitiesPerMonth = g.minMonth;
    input.settings.plans = {
      [PLANS[0]]: {
        blackoutDates: ['2026-03-15', '2026-04-01'],
        precedence: g.prec.map(([a, b, gap]) => ({ before: g.acts[a].id, after: g.acts[b].id, minGapDays: gap })),
        phases: [
          { name: '准备', start: '2026-03-01', end: '2026-03-31', bufferShare: 0.2 },
          { name: '执行', start: '2026-04-01', end: '2026-04-30', bufferShare: 0.25 },
        ],
        phaseCaps: { 准备: 300_000_00 },
        monthCaps: { '2026-03': 400_000_00, '2026-04': 200_000_00 },
      },
    };
    return input;
  });
