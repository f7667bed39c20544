import { beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { Activity, Plan } from '../../src-shared/model';
import { AppShell } from './pages/app-shell';
import { CalendarPage } from './pages/calendar';
import { PlansPage } from './pages/plans';
import { invoke } from './support/api';
import { type Session, captureFailure } from './support/browser';
import { useDoor } from './support/door';
import type { RunningHost } from './support/host';
import { seedActivities, seedPlan } from './support/seed';

/** Resizing by the end edge gets the same live verdict as a move: before release, then in the panel. */
describe('resize with a live conflict verdict', () => {
  const door = useDoor({ locale: 'zh-CN', viewport: { width: 1600, height: 1000 } });
  let host: RunningHost;
  let session: Session;
  let plan: Plan;
  let acts: Activity[];
  let calendar: CalendarPage;

  const activity = async (id: string) =>
    (await invoke(host, 'plan/get-snapshot', { id: plan.id })).activities.find((a) => a.id === id);

  beforeAll(async () => {
    ({ host, session } = door);
    plan = await seedPlan(host, '二季度会员档期', '2027-04-01', '2027-06-30');
    // One hall: two activities on different days share it without a clash, until one stretches.
    const hall = await invoke(host, 'resource/create', { name: '品牌体验馆', kind: 'venue', quantity: 1 });
    const claims = [{ resourceId: hall.id, quantity: 1 }];
    acts = await seedActivities(host, plan.id, [
      { title: '春季会员沙龙', type: 'salon', start: '2027-04-06', end: '2027-04-06', claims },
      { title: '品牌联名发布', type: 'cross_brand', start: '2027-04-08', end: '2027-04-08', claims },
    ]);
    calendar = new CalendarPage(session.page);
    await new AppShell(session.page).open(host.url);
    await new PlansPage(session.page).open('二季度会员档期');
    await calendar.waitFor();
    await calendar.showMonth('2027-04');
  });

  it('warns on the target day before release, lists the finding after it, and undo takes it back', async () => {
    onTestFailed(async () => console.error('screenshot:', await captureFailure(session, 'cal-resize-warn')));
    expect(await calendar.findingsOf('resource.capacity').count()).toBe(0);
    const event = calendar.event('春季会员沙龙').first();
    await event.hover();
    let seen = { severity: '', edge: '', day: '', text: '', cell: '' };
    await calendar.drag(event.locator('.fc-event-resizer-end'), calendar.day('2027-04-08'), {
      whileHeld: async () => {
        await calendar.preview.waitFor({ state: 'visible' });
        seen = {
          severity: (await calendar.preview.getAttribute('data-severity')) ?? '',
          edge: (await calendar.preview.getAttribute('data-edge')) ?? '',
          day: (await calendar.preview.getAttribute('data-day')) ?? '',
          text: await calendar.preview.innerText(),
          cell: (await calendar.day('2027-04-08').getAttribute('class')) ?? '',
        };
        // Nothing is stored while the mouse is held.
        expect((await activity(acts[0].id))?.end).toBe('2027-04-06');
      },
    });
    expect(seen.severity).toBe('hard');
    expect(seen.edge).toBe('end');
    expect(seen.day).toBe('2027-04-08');
    expect(seen.text).toContain('品牌体验馆');
    expect(seen.text).toContain('结束');
    expect(seen.cell).toContain('drop-hard');

    // Released: one edit, persisted, and the clash in the conflicts panel.
    await expect.poll(async () => (await activity(acts[0].id))?.end).toBe('2027-04-08');
    expect((await activity(acts[0].id))?.start).toBe('2027-04-06');
    // The message says the end changed, not that the activity moved.
    await expect
      .poll(() => new AppShell(session.page).notices.innerText())
      .toContain('已把「春季会员沙龙」的结束改到 2027-04-08');
    await calendar.findingsOf('resource.capacity').first().waitFor();
    expect(await calendar.findingsOf('resource.capacity').innerText()).toContain('品牌体验馆');
    // The preview is gone and no cell keeps its colour.
    expect(await calendar.preview.isVisible()).toBe(false);
    expect(await session.page.locator('td.drop-hard, td.drop-soft, td.drop-ok').count()).toBe(0);

    // Ctrl+Z brings the old length back, and the finding goes.
    await new AppShell(session.page).pressShortcut('Control+z');
    await expect.poll(async () => (await activity(acts[0].id))?.end).toBe('2027-04-06');
    await calendar.findingsOf('resource.capacity').first().waitFor({ state: 'detached' });
    expect(session.pageErrors).toEqual([]);
  });
});
