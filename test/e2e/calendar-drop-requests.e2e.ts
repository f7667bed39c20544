import type { Page, Request } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Activity, Plan } from '../../src-shared/model';
import { AppShell } from './pages/app-shell';
import { CalendarPage } from './pages/calendar';
import { PlansPage } from './pages/plans';
import { invoke } from './support/api';
import { useDoor } from './support/door';
import { seedActivities, seedPlan } from './support/seed';

declare global {
  interface Window {
    /** How many workspace/changed events the page's event stream delivered (counted by the test). */
    __dangqiChanged?: number;
  }
}

/**
 * Counts the page's `workspace/changed` events: the door's event stream is an EventSource, which
 * Playwright's request events do not see message by message. Our listener is added in the
 * constructor, so it runs before the app's own in the same dispatch.
 */
function countChangedEvents(): void {
  const Native = window.EventSource;
  window.EventSource = class extends Native {
    constructor(url: string | URL, init?: EventSourceInit) {
      super(url, init);
      this.addEventListener('workspace/changed', () => {
        window.__dangqiChanged = (window.__dangqiChanged ?? 0) + 1;
      });
    }
  };
}

/** Two painted frames and a task after them: React has committed and run its effects by then. */
const settleFrames = (page: Page) =>
  page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)))),
  );

/**
 * Issue 10: one month-view drop costs the edit and no other request (the target is ≤ 2). The edit's outcome
 * (in its response and in the workspace/changed event) patches what the views hold, so nothing
 * the drop touched is read again.
 */
describe('requests of one month-view drop', () => {
  const door = useDoor({ locale: 'zh-CN', viewport: { width: 1600, height: 1000 } });
  let plan: Plan;
  let acts: Activity[];
  let calendar: CalendarPage;

  beforeAll(async () => {
    const { host, session } = door;
    plan = await seedPlan(host, '掉落请求计数', '2027-04-01', '2027-06-30');
    const hall = await invoke(host, 'resource/create', { name: '计数体验馆', kind: 'venue', quantity: 1 });
    const claims = [{ resourceId: hall.id, quantity: 1 }];
    acts = await seedActivities(host, plan.id, [
      { title: '四月会员沙龙', type: 'salon', start: '2027-04-07', end: '2027-04-07', claims },
      { title: '四月联名发布', type: 'cross_brand', start: '2027-04-21', end: '2027-04-21', claims },
    ]);
    await session.page.addInitScript(countChangedEvents);
    calendar = new CalendarPage(session.page);
    await new AppShell(session.page).open(host.url);
    await new PlansPage(session.page).open('掉落请求计数');
    await calendar.waitFor();
    await calendar.showMonth('2027-04');
    await calendar.event('四月会员沙龙').first().waitFor();
  });

  it('a drop asks the service for the edit and nothing more', async () => {
    const { page } = door.session;
    const sent: string[] = [];
    const open = new Set<Request>();
    const isInvoke = (r: Request) => new URL(r.url()).pathname === '/api/invoke';
    page.on('request', (r) => {
      if (!isInvoke(r)) return;
      open.add(r);
      sent.push((r.postDataJSON() as { channel: string }).channel);
    });
    page.on('requestfinished', (r) => open.delete(r));
    page.on('requestfailed', (r) => open.delete(r));

    // Quiet before the drag: whatever opening the month asked for has been answered.
    await expect.poll(() => open.size).toBe(0);
    const changedBefore = await page.evaluate(() => window.__dangqiChanged ?? 0);

    await calendar.drag(calendar.event('四月会员沙龙'), calendar.day('2027-04-21'), {
      // Only what mouse-up sets off is counted, not what the drag itself may read.
      whileHeld: async () => {
        sent.length = 0;
      },
    });

    // The drop's effect: stored, the service's event delivered, and the calendar showing it.
    await expect
      .poll(
        async () =>
          (await invoke(door.host, 'plan/get-snapshot', { id: plan.id })).activities.find((a) => a.id === acts[0].id)
            ?.start,
      )
      .toBe('2027-04-21');
    await expect.poll(() => page.evaluate(() => window.__dangqiChanged ?? 0)).toBeGreaterThan(changedBefore);
    await expect.poll(() => calendar.titlesOn('2027-04-21')).toContain('四月会员沙龙');

    // Quiet: nothing in flight, and nothing new asked for across painted frames after the event.
    for (;;) {
      await expect.poll(() => open.size).toBe(0);
      const count = sent.length;
      await settleFrames(page);
      if (open.size === 0 && sent.length === count) break;
    }
    // The edit alone: its outcome patches the snapshot, the conflict list and the preview input.
    expect(sent).toEqual(['activity/update']);
  });
});
