import { beforeAll, describe, expect, it } from 'vitest';
import { AppShell } from './pages/app-shell';
import { CalendarPage } from './pages/calendar';
import { LanesPage } from './pages/lanes';
import { PlansPage } from './pages/plans';
import { invoke } from './support/api';
import type { Session } from './support/browser';
import { useDoor } from './support/door';
import type { RunningHost } from './support/host';
import { screenshotPath } from './support/screenshots';

/** README pictures of the schedule: a full template year (member campaign 2026), zh-CN UI. */
describe('schedule screenshots for the README', () => {
  const door = useDoor({ locale: 'zh-CN', viewport: { width: 1600, height: 960 } });
  let host: RunningHost;
  let session: Session;

  beforeAll(async () => {
    ({ host, session } = door);
  });

  it('saves the month, quarter and resource-lane views', async () => {
    const { page } = session;
    const calendar = new CalendarPage(page);
    const { plan } = await invoke(host, 'plan/create-from-template', {
      templateId: 'member_campaign',
      year: 2026,
      planName: '2026年会员档期',
      scale: 200_000,
    });
    // One clash, so the pictures show what a double-booked venue looks like.
    const snap = await invoke(host, 'plan/get-snapshot', { id: plan.id });
    const isVenue = (id: string) => snap.resources.find((r) => r.id === id)?.kind === 'venue';
    const claimed = snap.activities.find(
      (a) => a.start.startsWith('2026-10') && a.claims.some((c) => isVenue(c.resourceId)),
    );
    if (claimed) {
      await invoke(host, 'activity/create', {
        planId: plan.id,
        title: '金卡会员品鉴会',
        type: 'salon',
        start: claimed.start.slice(0, 10),
        end: claimed.start.slice(0, 10),
        claims: claimed.claims.filter((c) => isVenue(c.resourceId)),
      });
    }
    await new AppShell(page).open(host.url);
    await new PlansPage(page).open('2026年会员档期');
    await calendar.waitFor();
    await calendar.showMonth('2026-10');
    await calendar.events.first().waitFor();
    await page.screenshot({ path: screenshotPath('calendar-month.png') });

    await calendar.switchTo('quarter');
    await expect.poll(() => calendar.quarterMonths().count()).toBe(3);
    await page.locator('[data-testid="calendar-event"]:visible').first().waitFor();
    await page.screenshot({ path: screenshotPath('calendar-quarter.png') });

    const lanes = new LanesPage(page);
    await calendar.switchTo('lanes');
    await lanes.root.locator('[data-testid="lane"]').first().waitFor();
    // One step wider than the whole-quarter overview, so the picture shows the bars' titles.
    await lanes.zoomIn();
    await expect.poll(() => lanes.dayWidth()).toBe(48);
    await page.screenshot({ path: screenshotPath('resource-lanes.png') });
    await lanes.zoomOut();
    await calendar.switchTo('month');
    expect(session.pageErrors).toEqual([]);
  });
});
