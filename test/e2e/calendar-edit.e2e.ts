import { beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { Activity, Plan } from '../../src-shared/model';
import { ActivityFormPage } from './pages/activity-form';
import { AppShell } from './pages/app-shell';
import { CalendarPage } from './pages/calendar';
import { LanesPage } from './pages/lanes';
import { PlansPage } from './pages/plans';
import { invoke } from './support/api';
import { type Session, captureFailure } from './support/browser';
import { useDoor } from './support/door';
import type { RunningHost } from './support/host';
import { seedActivities, seedPlan } from './support/seed';

/** The rest of the mouse and keyboard: resize, the tray, lanes drag, finding highlight, Delete. */
describe('schedule editing', () => {
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
    const hall = await invoke(host, 'resource/create', { name: '品牌体验馆', kind: 'venue', quantity: 1 });
    const claims = [{ resourceId: hall.id, quantity: 1 }];
    acts = await seedActivities(host, plan.id, [
      { title: '春季会员沙龙', type: 'salon', start: '2027-04-07', end: '2027-04-07', claims },
      { title: '会员日·踏青', type: 'member_day', start: '2027-04-14', end: '2027-04-14' },
      { title: '品牌联名发布', type: 'cross_brand', start: '2027-04-21', end: '2027-04-21', claims },
      { title: '四月生日会', type: 'birthday', start: '2027-04-21', end: '2027-04-21', claims },
    ]);
    calendar = new CalendarPage(session.page);
    await new AppShell(session.page).open(host.url);
    await new PlansPage(session.page).open('二季度会员档期');
    await calendar.waitFor();
    await calendar.showMonth('2027-04');
  });

  it('resizes by dragging the end edge', async () => {
    onTestFailed(async () => console.error('screenshot:', await captureFailure(session, 'cal-resize')));
    const event = calendar.event('会员日·踏青').first();
    await event.hover();
    await calendar.drag(event.locator('.fc-event-resizer-end'), calendar.day('2027-04-16'));
    await expect.poll(async () => (await activity(acts[1].id))?.end).toBe('2027-04-16');
    expect((await activity(acts[1].id))?.start).toBe('2027-04-14');
  });

  it('drags a type from the unscheduled tray with a verdict for the day; the drop opens its form there, prefilled, and saves a draft', async () => {
    let judged = { visible: false, day: '' };
    await calendar.drag(session.page.getByTestId('tray-type-online'), calendar.day('2027-04-22'), {
      whileHeld: async () => {
        await calendar.preview.waitFor({ state: 'visible' });
        judged = { visible: true, day: (await calendar.preview.getAttribute('data-day')) ?? '' };
      },
    });
    expect(judged).toEqual({ visible: true, day: '2027-04-22' });
    const form = new ActivityFormPage(session.page);
    await form.waitFor();
    expect(await form.field('activity-type').inputValue()).toBe('online');
    expect(await form.field('activity-start').inputValue()).toBe('2027-04-22');
    expect(await form.field('activity-title').inputValue()).not.toBe('');
    // Nothing is written until the form is saved.
    expect((await invoke(host, 'plan/get-snapshot', { id: plan.id })).activities.some((a) => a.type === 'online')).toBe(
      false,
    );
    await form.saveAndWaitClosed();
    await expect
      .poll(async () =>
        (await invoke(host, 'plan/get-snapshot', { id: plan.id })).activities
          .filter((a) => a.type === 'online')
          .map((a) => [a.start, a.status]),
      )
      .toEqual([['2027-04-22', 'draft']]);
  });

  it('a waiting activity dragged from the tray shows its verdict before release', async () => {
    const hall = (await invoke(host, 'plan/get-snapshot', { id: plan.id })).resources[0];
    const [late] = await seedActivities(host, plan.id, [
      {
        title: '七月会员沙龙',
        type: 'salon',
        start: '2027-07-15',
        end: '2027-07-15',
        claims: [{ resourceId: hall.id, quantity: 1 }],
      },
    ]);
    const item = session.page.getByTestId('tray-activity').filter({ hasText: '七月会员沙龙' });
    await item.waitFor();
    // The preview's model is read apart from the tray's snapshot: drag once it knows the activity.
    // (main's preview input for the plan, as the page reads it, is the count to wait for).
    const input = await invoke(host, 'conflict/preview-input', { planId: plan.id });
    await expect.poll(() => calendar.modelActivities()).toBe(input.activities.length);
    let severity = '';
    await calendar.drag(item, calendar.day('2027-04-07'), {
      whileHeld: async () => {
        await calendar.preview.waitFor({ state: 'visible' });
        severity = (await calendar.preview.getAttribute('data-severity')) ?? '';
      },
    });
    expect(severity).toBe('hard');
    await expect.poll(async () => (await activity(late.id))?.start).toBe('2027-04-07');
    await item.waitFor({ state: 'detached' });
    await new AppShell(session.page).pressShortcut('Control+z');
    await item.waitFor();
  });

  it('clicking a finding shows its activities on the calendar', async () => {
    const finding = calendar.findingsOf('resource.capacity').first();
    await finding.getByTestId('finding-show').click();
    // The main process's explanation opens under it (conflict/explain).
    expect(await finding.getByTestId('finding-why').innerText()).toContain('品牌体验馆');
    const selected = session.page.locator('[data-testid="calendar-event"].is-selected');
    await expect
      .poll(() => selected.evaluateAll((els) => els.map((e) => e.getAttribute('data-activity-id')).sort()))
      .toEqual([acts[2].id, acts[3].id].sort());
  });

  it('drags a claim along its resource lane', async () => {
    onTestFailed(async () => console.error('screenshot:', await captureFailure(session, 'lanes-drag')));
    const lanes = new LanesPage(session.page);
    await calendar.switchTo('lanes');
    expect(await lanes.overDays('品牌体验馆')).toEqual(['2027-04-21']);
    // Wider days show the titles; the drag works at any width and the width is remembered.
    expect(await lanes.dayWidth()).toBe(24);
    const narrow = (await lanes.bar('品牌体验馆', acts[3].id).boundingBox())!.width;
    await lanes.zoomIn();
    await expect.poll(() => lanes.dayWidth()).toBe(48);
    const wide = (await lanes.bar('品牌体验馆', acts[3].id).boundingBox())!.width;
    expect(wide + 2).toBeCloseTo((narrow + 2) * 2, 0);
    expect(await session.page.evaluate(() => localStorage.getItem('dangqi.lanes.dayWidth'))).toBe('48');
    // At this width late April lies past the lanes' right edge: scroll there as a planner would.
    await lanes.cell('品牌体验馆', '2027-04-25').scrollIntoViewIfNeeded();
    await calendar.drag(lanes.bar('品牌体验馆', acts[3].id), lanes.cell('品牌体验馆', '2027-04-24'));
    await expect.poll(async () => (await activity(acts[3].id))?.start).toBe('2027-04-24');
    await expect.poll(() => lanes.overDays('品牌体验馆')).toEqual([]);
    await lanes.zoomOut();
    await expect.poll(() => lanes.dayWidth()).toBe(24);
    await calendar.switchTo('month');
    await calendar.waitFor();
  });

  it("the plan filter brings in another plan's activities, read-only", async () => {
    const other = await seedPlan(host, '会员大会筹备', '2027-04-01', '2027-06-30');
    await seedActivities(host, other.id, [
      { title: '大会场地踩点', type: 'conference', start: '2027-04-08', end: '2027-04-08' },
    ]);
    await calendar.showMonth('2027-04');
    expect(await calendar.event('大会场地踩点').count()).toBe(0);
    await session.page.getByTestId('filter-plan').selectOption('all');
    await calendar.event('大会场地踩点').first().waitFor();
    expect(await calendar.event('大会场地踩点').first().getAttribute('class')).toContain('other-plan');
    await session.page.getByTestId('filter-plan').selectOption('');
    await calendar.event('大会场地踩点').first().waitFor({ state: 'detached' });
  });

  it('Enter opens the selected activity; Delete asks, and undo brings it back', async () => {
    const { page } = session;
    await calendar.showMonth('2027-04');
    await calendar.event('春季会员沙龙').first().dblclick();
    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
    await page.locator('body').focus();
    await page.keyboard.press('Enter');
    await page.locator('dialog[open]').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
    await page.locator('body').focus();
    await page.keyboard.press('Delete');
    const dialog = page.locator('dialog[open]');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('春季会员沙龙');
    await dialog.getByRole('button', { name: '删除', exact: true }).click();
    await expect.poll(() => activity(acts[0].id)).toBeUndefined();
    await new AppShell(page).pressShortcut('Control+z');
    await expect.poll(async () => (await activity(acts[0].id))?.start).toBe('2027-04-07');
    expect(session.pageErrors).toEqual([]);
  });
});
