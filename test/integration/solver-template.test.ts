import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../../src-shared/calendar';
import { addDays } from '../../src-shared/model/dates';
import type { Finding } from '../../src-shared/rules';
import { countFindings } from '../../src-main/solver/solve';
import { engineOptions } from '../../src-main/service/engine-handlers';
import { type TestCore, createTestCore } from '../support/core';

let core: TestCore;
beforeEach(async () => {
  core = await createTestCore();
  engineOptions.inProcess = true; // one process: the run is the same every time for its seed
});
afterEach(() => {
  engineOptions.inProcess = false;
  core.dispose();
});

const calendar = createWorkCalendar();
/** The plan's preferred slots (its defaults): Saturdays, Sundays and public holidays. */
const preferred = (day: string) => {
  const wd = new Date(`${day}T00:00:00Z`).getUTCDay();
  return wd === 0 || wd === 6 || calendar.dayKind(day) === 'holiday';
};
const touchesPreferred = (start: string, end: string) => {
  for (let d = start; d <= end; d = addDays(d, 1)) if (preferred(d)) return true;
  return false;
};

/**
 * The member campaign year, then three clashes a planner makes by hand: a weekend activity in
 * the function hall dragged onto another weekend day the hall is already booked.
 */
async function campaignWithClashes() {
  const { plan } = await core.call('plan/create-from-template', {
    templateId: 'member_campaign',
    year: 2026,
    planName: '2026 会员档期',
    scale: 20_000,
  });
  const snap = await core.call('plan/get-snapshot', { id: plan.id });
  const hall = snap.resources.find((r) => r.name === '多功能厅');
  if (!hall) throw new Error('the campaign template has a function hall');
  const inHall = snap.activities.filter(
    (a) =>
      !a.pinned &&
      a.start === a.end &&
      a.claims.some((c) => c.resourceId === hall.id) &&
      touchesPreferred(a.start, a.end),
  );
  const dragged: string[] = [];
  for (const month of ['2026-04', '2026-06', '2026-09']) {
    const here = inHall.filter((a) => a.start.startsWith(month));
    const [a, b] = here;
    if (!a || !b) throw new Error(`two weekend hall activities in ${month}`);
    await core.call('activity/update', { id: a.id, start: b.start, end: b.end });
    dragged.push(a.id);
  }
  return { plan, dragged };
}

const countsOf = (findings: Finding[]) => countFindings(findings);

describe('the solver on a template plan', () => {
  it('keeps weekend activities on weekends, and its counts are the conflicts panel’s after apply', async () => {
    const { plan } = await campaignWithClashes();
    const before = await core.call('conflict/list', { planId: plan.id });
    expect(countsOf(before.findings).hard).toBe(3);
    const snap = await core.call('plan/get-snapshot', { id: plan.id });
    const startOf = new Map(snap.activities.map((a) => [a.id, a]));

    const proposal = await core.call('solver/propose', { planId: plan.id, runId: 'tpl', timeLimitMs: 20_000, seed: 1 });
    // The header's units: what conflict/list counts, before and after.
    expect(proposal.counts.before).toEqual(countsOf(before.findings));
    expect(proposal.counts.after.hard).toBe(0);
    expect(['optimal', 'stall']).toContain(proposal.stats.stopped);
    expect(proposal.moves.length).toBeGreaterThan(0);
    for (const mv of proposal.moves) {
      const was = startOf.get(mv.activityId);
      if (!was || !touchesPreferred(was.start, was.end)) continue;
      // The year has free weekend days in every month: a weekend activity never lands on a workday.
      expect(touchesPreferred(mv.newStart, mv.newEnd), `${mv.title}: ${mv.oldStart} → ${mv.newStart}`).toBe(true);
    }
    for (const mv of proposal.moves.filter((m) => m.resolves.length > 0))
      expect(mv.reason['zh-CN']).toContain('消除冲突：');

    await core.call('solver/apply', { proposalId: proposal.id });
    const after = await core.call('conflict/list', { planId: plan.id });
    expect(countsOf(after.findings)).toEqual(proposal.counts.after);
    expect(after.summary).toEqual(proposal.after);
  });
});
