import { beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { Activity, Plan, Resource } from '../../src-shared/model';
import { AppShell } from './pages/app-shell';
import { CalendarPage } from './pages/calendar';
import { LanesPage } from './pages/lanes';
import { PlansPage } from './pages/plans';
import { invoke } from './support/api';
import { type Session, captureFailure } from './support/browser';
import { useDoor } from './support/door';
import type { RunningHost } from './support/host';
import { seedActivities, seedPlan } from './support/seed';

const BUSY_DAY = '2027-02-17';
const BUSY = [
  '春季会员沙龙·花艺',
  '春季会员沙龙·茶道',
  '春季会员沙龙·烘焙',
  '春季会员沙龙·香氛',
  '春季会员沙龙·插画',
  '春季会员沙龙·调酒',
  '春季会员沙龙·瑜伽',
];

/** The drag-and-drop schedule with a real mouse: move, live verdict, findings, fixes, lanes, quarter. */
describe('drag-and-drop schedule', () => {
  const door = useDoor({ locale: 'zh-CN', viewport: { width: 1600, height: 1000 } });
  let host: RunningHost;
  let session: Session;
  let plan: Plan;
  let hall: Resource;
  let acts: Activity[];
  let calendar: CalendarPage;

  const snapshot = () => invoke(host, 'plan/get-snapshot', { id: plan.id });
  const startOf = async (title: string) => (await snapshot()).activities.find((a) => a.title === title)?.start;

  beforeAll(async () => {
    ({ host, session } = door);
    plan = await seedPlan(host, '一季度会员档期', '2027-01-01', '2027-03-31');
    hall = await invoke(host, 'resource/create', { name: '多功能厅', kind: 'venue', quantity: 1 });
    acts = await seedActivities(host, plan.id, [
      {
        title: '冬季会员沙龙',
        type: 'salon',
        start: '2027-01-09',
        end: '2027-01-09',
        claims: [{ resourceId: hall.id, quantity: 1 }],
      },
      {
        title: 'VIP尊享日',
        type: 'vip_day',
        start: '2027-01-16',
        end: '2027-01-16',
        claims: [{ resourceId: hall.id, quantity: 1 }],
      },
      { title: '新年会员日', type: 'member_day', start: '2027-01-06', end: '2027-01-06' },
      // A crowded day: more than a quarter-view cell can hold.
      ...BUSY.map((title) => ({ title, type: 'salon' as const, start: BUSY_DAY, end: BUSY_DAY })),
    ]);
    const page = session.page;
    calendar = new CalendarPage(page);
    await new AppShell(page).open(host.url);
    await new PlansPage(page).open('一季度会员档期');
    await calendar.waitFor();
    await calendar.showMonth('2027-01');
  });

  it('moves an activity by drag, persisted after a reload', async () => {
    onTestFailed(async () => console.error('screenshot:', await captureFailure(session, 'cal-move')));
    await calendar.dragEventToDay('新年会员日', '2027-01-13');
    await expect.poll(() => startOf('新年会员日')).toBe('2027-01-13');
    await session.page.reload();
    await calendar.waitFor();
    await calendar.showMonth('2027-01');
    await calendar.event('新年会员日').waitFor();
    expect(await calendar.titlesOn('2027-01-13')).toContain('新年会员日');
  });

  it('warns before release when the venue is taken, then lists the finding', async () => {
    onTestFailed(async () => console.error('screenshot:', await captureFailure(session, 'cal-warn')));
    expect(await calendar.findingsOf('resource.capacity').count()).toBe(0);
    let seen = { severity: '', text: '' };
    await calendar.dragEventToDay('VIP尊享日', '2027-01-09', {
      whileHeld: async () => {
        await calendar.preview.waitFor({ state: 'visible' });
        seen = {
          severity: (await calendar.preview.getAttribute('data-severity')) ?? '',
          text: await calendar.preview.innerText(),
        };
        expect(await calendar.day('2027-01-09').getAttribute('class')).toContain('drop-hard');
      },
    });
    expect(seen.severity).toBe('hard');
    expect(seen.text).toContain('多功能厅');
    await expect.poll(() => startOf('VIP尊享日')).toBe('2027-01-09');
    await calendar.findingsOf('resource.capacity').first().waitFor();
    expect(await calendar.findingsOf('resource.capacity').innerText()).toContain('多功能厅');
  });

  it('the resource lane marks the double-booked venue', async () => {
    const lanes = new LanesPage(session.page);
    await calendar.switchTo('lanes');
    await lanes.lane('多功能厅').waitFor();
    expect(await lanes.overDays('多功能厅')).toEqual(['2027-01-09']);
    await calendar.switchTo('month');
    await calendar.waitFor();
  });

  it('fixes it with one click, and undo brings the clash back', async () => {
    onTestFailed(async () => console.error('screenshot:', await captureFailure(session, 'cal-fix')));
    const clash = calendar.findingsOf('resource.capacity');
    await clash.getByTestId('fix-move').click();
    // The rules' proposal is shown before anything is written: it names the clash it removes.
    const proposal = clash.getByTestId('fix-proposal');
    await proposal.waitFor();
    expect(await proposal.getAttribute('data-kind')).toBe('move');
    expect(await proposal.getByTestId('fix-removes').innerText()).toContain('多功能厅');
    await proposal.getByTestId('fix-apply').click();
    await calendar.findingsOf('resource.capacity').waitFor({ state: 'detached' });
    const after = await snapshot();
    const starts = after.activities.filter((a) => a.claims.length > 0).map((a) => a.start);
    expect(new Set(starts).size).toBe(2);
    await new AppShell(session.page).pressShortcut('Control+z');
    await calendar.findingsOf('resource.capacity').first().waitFor();
  });

  it('the quarter view shows three months that fill the calendar area', async () => {
    onTestFailed(async () => console.error('screenshot:', await captureFailure(session, 'cal-quarter')));
    await calendar.switchTo('quarter');
    await expect.poll(() => calendar.quarterMonths().count()).toBe(3);
    const area = await calendar.viewArea().boundingBox();
    if (!area) throw new Error('no calendar area');
    for (const grid of await calendar.quarterGrids().all()) {
      const box = await grid.boundingBox();
      if (!box) throw new Error('a quarter grid is not on screen');
      // The grids reach down to the bottom of the area (they used to stop at about half of it).
      expect(area.y + area.height - (box.y + box.height)).toBeLessThan(24);
      expect(box.height).toBeGreaterThan(area.height * 0.8);
    }
    // A chip's hover has the whole title and its date.
    expect(await calendar.event('冬季会员沙龙').getAttribute('title')).toBe('冬季会员沙龙\n2027-01-09');
    await calendar.switchTo('month');
    await calendar.waitFor();
  });

  it('a crowded day in the quarter says "+N" and its popover lists every activity', async () => {
    onTestFailed(async () => console.error('screenshot:', await captureFailure(session, 'cal-quarter-more')));
    await calendar.switchTo('quarter');
    const more = calendar.moreLink(BUSY_DAY);
    await more.waitFor();
    // FullCalendar keeps the hidden chips in the cell, invisible.
    const chips = await calendar.day(BUSY_DAY).locator('[data-testid="calendar-event"]:visible').count();
    const text = (await more.innerText()).trim();
    expect(text).toMatch(/^\+\d+$/);
    expect(chips + Number(text.slice(1))).toBe(BUSY.length);
    expect(await more.getAttribute('title')).toContain('还有');
    // The rows grew: a quarter cell holds more than the two chips it used to.
    expect(chips).toBeGreaterThanOrEqual(3);
    await more.click();
    const popover = calendar.morePopover;
    await popover.waitFor();
    const listed = await popover.locator('[data-testid="calendar-event"] .fc-event-title').allInnerTexts();
    expect(listed.map((t) => t.trim()).sort()).toEqual([...BUSY].sort());
    await popover.locator('.fc-popover-close').click();
    await popover.waitFor({ state: 'detached' });
    await calendar.switchTo('month');
    await calendar.waitFor();
  });

  it('Alt-drag duplicates; arrows move the selected activity', async () => {
    onTestFailed(async () => console.error('screenshot:', await captureFailure(session, 'cal-alt')));
    await calendar.showMonth('2027-01');
    await calendar.dragEventToDay('新年会员日', '2027-01-20', { alt: true });
    await expect.poll(async () => (await snapshot()).activities.filter((a) => a.title === '新年会员日').length).toBe(2);
    const copy = (await snapshot()).activities.find((a) => a.title === '新年会员日' && a.id !== acts[2].id);
    expect(copy?.start).toBe('2027-01-20');
    // A double click selects and opens the form; with the form closed, arrows move the selection
    // (a single click that only selects is covered in calendar-select.e2e.ts).
    await calendar.day('2027-01-13').locator('[data-testid="calendar-event"]').dblclick();
    await session.page.locator('dialog[open]').waitFor();
    await session.page.keyboard.press('Escape');
    await session.page.locator('dialog[open]').waitFor({ state: 'detached' });
    await session.page.keyboard.press('ArrowRight');
    await expect
      .poll(async () => (await snapshot()).activities.find((a) => a.id === acts[2].id)?.start)
      .toBe('2027-01-14');
    expect(session.pageErrors).toEqual([]);
  });
});
