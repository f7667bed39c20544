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

/**
 * The week view's time grid: dragging a timed activity (or its end edge) to another time of the
 * same day is judged at that time, not at the activity's old hours, and the verdict's start and
 * end are the ones the drop then stores. An all-day activity dragged into the time grid, or a
 * timed one onto the all-day row, is refused while still held, with the reason; letting go there
 * changes nothing.
 */
describe('week view: live verdict at the time slot dragged to', () => {
  const door = useDoor({ locale: 'zh-CN', viewport: { width: 1600, height: 1000 } });
  let host: RunningHost;
  let session: Session;
  let plan: Plan;
  let salon: Activity;
  let memberDay: Activity;
  let calendar: CalendarPage;

  const stored = async (id: string) =>
    (await invoke(host, 'plan/get-snapshot', { id: plan.id })).activities.find((a) => a.id === id);
  const seen = async () => ({
    severity: (await calendar.preview.getAttribute('data-severity')) ?? '',
    edge: (await calendar.preview.getAttribute('data-edge')) ?? '',
    start: (await calendar.preview.getAttribute('data-start')) ?? '',
    end: (await calendar.preview.getAttribute('data-end')) ?? '',
    text: await calendar.preview.innerText(),
  });

  beforeAll(async () => {
    ({ host, session } = door);
    plan = await seedPlan(host, '四月会员活动周', '2027-04-01', '2027-06-30');
    // One hall, two sessions on one day: free in the morning, taken in the afternoon.
    const hall = await invoke(host, 'resource/create', { name: '多功能厅', kind: 'venue', quantity: 1 });
    const claims = [{ resourceId: hall.id, quantity: 1 }];
    [salon, memberDay] = await seedActivities(host, plan.id, [
      { title: '会员沙龙', type: 'salon', allDay: false, start: '2027-04-06T09:00', end: '2027-04-06T11:00', claims },
      { title: '会员日', type: 'vip_day', allDay: true, start: '2027-04-07', end: '2027-04-07' },
      {
        title: '新品发布',
        type: 'cross_brand',
        allDay: false,
        start: '2027-04-06T14:00',
        end: '2027-04-06T16:00',
        claims,
      },
    ]);
    calendar = new CalendarPage(session.page);
    await new AppShell(session.page).open(host.url);
    await new PlansPage(session.page).open('四月会员活动周');
    await calendar.waitFor();
    await calendar.switchTo('week');
    await calendar.showWeekOf('2027-04-06');
  });

  it('a move within the day: free at noon, a hard clash in the afternoon, stored as previewed', async () => {
    onTestFailed(async () => console.error('screenshot:', await captureFailure(session, 'cal-week-move')));
    expect(await calendar.findingsOf('resource.capacity').count()).toBe(0);
    const event = await calendar.event('会员沙龙').first().boundingBox();
    const nine = await calendar.weekSlot('2027-04-06', '09:00');
    if (!event) throw new Error('the salon is not on screen');
    // Grab the event in its first slot's centre, where FullCalendar anchors a time-grid drag.
    const grab = { x: event.x + event.width / 2, y: nine.y };
    const { mouse } = session.page;
    await mouse.move(grab.x, grab.y);
    await mouse.down();
    await mouse.move(grab.x + 3, grab.y + 6, { steps: 3 });

    const noon = await calendar.weekSlot('2027-04-06', '12:00');
    await mouse.move(noon.x, noon.y, { steps: 10 });
    await expect.poll(async () => (await seen()).start).toBe('2027-04-06T12:00');
    expect(await seen()).toMatchObject({ severity: 'ok', edge: 'start', end: '2027-04-06T14:00' });

    const afternoon = await calendar.weekSlot('2027-04-06', '14:30');
    await mouse.move(afternoon.x, afternoon.y, { steps: 10 });
    await expect.poll(async () => (await seen()).start).toBe('2027-04-06T14:30');
    const verdict = await seen();
    expect(verdict).toMatchObject({ severity: 'hard', end: '2027-04-06T16:30' });
    expect(verdict.text).toContain('多功能厅');
    expect(verdict.text).toContain('2027-04-06 14:30');
    expect(await calendar.weekColumn('2027-04-06').getAttribute('class')).toContain('drop-hard');
    // Nothing is stored while the mouse is held.
    expect((await stored(salon.id))?.start).toBe('2027-04-06T09:00');
    await mouse.up();

    // Released: stored where the verdict said, and the clash is in the panel.
    await expect.poll(async () => (await stored(salon.id))?.start).toBe('2027-04-06T14:30');
    expect((await stored(salon.id))?.end).toBe('2027-04-06T16:30');
    await calendar.findingsOf('resource.capacity').first().waitFor();
    expect(await calendar.preview.isVisible()).toBe(false);
    expect(await session.page.locator('td.drop-hard, td.drop-soft, td.drop-ok').count()).toBe(0);

    await new AppShell(session.page).pressShortcut('Control+z');
    await expect.poll(async () => (await stored(salon.id))?.start).toBe('2027-04-06T09:00');
    await calendar.findingsOf('resource.capacity').first().waitFor({ state: 'detached' });
  });

  it('stretching the end edge into the afternoon warns at that end time, stored as previewed', async () => {
    onTestFailed(async () => console.error('screenshot:', await captureFailure(session, 'cal-week-resize')));
    const event = calendar.event('会员沙龙').first();
    await event.hover();
    const edge = await event.locator('.fc-event-resizer-end').boundingBox();
    if (!edge) throw new Error('the salon has no end edge on screen');
    const three = await calendar.weekSlot('2027-04-06', '15:00');
    let verdict = { severity: '', edge: '', start: '', end: '', text: '' };
    await calendar.dragPoints({ x: edge.x + edge.width / 2, y: edge.y + edge.height / 2 }, three, {
      whileHeld: async () => {
        await expect.poll(async () => (await seen()).end >= '2027-04-06T15:00').toBe(true);
        verdict = await seen();
        expect((await stored(salon.id))?.end).toBe('2027-04-06T11:00');
      },
    });
    // FullCalendar moves the end by the slots the pointer travelled: 15:00 or 15:30, past 14:00 either way.
    expect(['2027-04-06T15:00', '2027-04-06T15:30']).toContain(verdict.end);
    expect(verdict).toMatchObject({ severity: 'hard', edge: 'end', start: '2027-04-06T09:00' });
    expect(verdict.text).toContain('多功能厅');
    expect(verdict.text).toContain('结束');

    await expect.poll(async () => (await stored(salon.id))?.end).toBe(verdict.end);
    expect((await stored(salon.id))?.start).toBe('2027-04-06T09:00');
    await calendar.findingsOf('resource.capacity').first().waitFor();
    expect(session.pageErrors).toEqual([]);
  });

  /**
   * Holds the mouse on `to` after grabbing `from`: the preview refuses with `reason` and
   * FullCalendar shows the drop as not allowed; letting go stores nothing and adds no undo step.
   */
  const refusedDrag = async (
    activity: Activity,
    from: { x: number; y: number },
    to: () => Promise<{ x: number; y: number }>,
    target: () => Promise<string | null>,
    reason: string,
  ) => {
    const before = await stored(activity.id);
    const undo = new AppShell(session.page).undoButton;
    const undoTitle = await undo.getAttribute('title');
    const { mouse } = session.page;
    await mouse.move(from.x, from.y);
    await mouse.down();
    await mouse.move(from.x + 3, from.y + 6, { steps: 3 });
    const point = await to();
    await mouse.move(point.x, point.y, { steps: 12 });
    await expect.poll(async () => (await seen()).severity).toBe('refused');
    expect((await seen()).text).toContain(reason);
    expect(await calendar.preview.getAttribute('data-refused')).toBeTruthy();
    expect(await session.page.locator('body').getAttribute('class')).toContain('fc-not-allowed');
    expect(await target()).toContain('drop-refused');
    await mouse.up();

    await expect.poll(() => calendar.preview.isVisible()).toBe(false);
    await session.page.waitForTimeout(300); // a drop would have reached the store by now
    expect(await stored(activity.id)).toEqual(before);
    expect(await undo.getAttribute('title')).toBe(undoTitle);
    expect(await session.page.locator('td.drop-refused, td.drop-hard, td.drop-soft, td.drop-ok').count()).toBe(0);
    expect(await session.page.locator('body.fc-not-allowed').count()).toBe(0);
  };

  it('an all-day activity dragged into the time grid is refused while held, and letting go changes nothing', async () => {
    onTestFailed(async () => console.error('screenshot:', await captureFailure(session, 'cal-week-allday-in')));
    const box = await calendar.event('会员日').first().boundingBox();
    if (!box) throw new Error('the member day is not on the all-day row');
    await refusedDrag(
      memberDay,
      { x: box.x + box.width / 2, y: box.y + box.height / 2 },
      () => calendar.weekSlot('2027-04-08', '10:00'),
      () => calendar.weekColumn('2027-04-08').getAttribute('class'),
      '全天活动不能拖入时间格：请在活动表单中改为定时活动',
    );
    // The all-day row still takes it: a move to the next day shows a verdict and is stored.
    await calendar.drag(calendar.event('会员日'), calendar.weekAllDay('2027-04-08'), {
      whileHeld: async () => {
        await expect.poll(async () => calendar.preview.getAttribute('data-day')).toBe('2027-04-08');
        expect(['ok', 'soft', 'hard']).toContain((await seen()).severity);
        expect((await seen()).text).toContain('2027-04-08');
      },
    });
    await expect.poll(async () => (await stored(memberDay.id))?.start).toBe('2027-04-08');
    await new AppShell(session.page).pressShortcut('Control+z');
    await expect.poll(async () => (await stored(memberDay.id))?.start).toBe('2027-04-07');
  });

  it('a timed activity dragged onto the all-day row is refused while held, and letting go changes nothing', async () => {
    onTestFailed(async () => console.error('screenshot:', await captureFailure(session, 'cal-week-timed-out')));
    const event = await calendar.event('会员沙龙').first().boundingBox();
    const nine = await calendar.weekSlot('2027-04-06', '09:00');
    if (!event) throw new Error('the salon is not on screen');
    await refusedDrag(
      salon,
      { x: event.x + event.width / 2, y: nine.y },
      async () => {
        const cell = await calendar.weekAllDay('2027-04-06').boundingBox();
        if (!cell) throw new Error('the all-day row is not on screen');
        return { x: cell.x + cell.width / 2, y: cell.y + cell.height / 2 };
      },
      () => calendar.weekAllDay('2027-04-06').getAttribute('class'),
      '定时活动不能拖入全天栏：请在活动表单中改为全天活动',
    );
    expect(session.pageErrors).toEqual([]);
  });
});
