import type { Locator } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src-shared/model';
import { ActivityFormPage } from './pages/activity-form';
import { AppShell } from './pages/app-shell';
import { CalendarPage } from './pages/calendar';
import { PlansPage } from './pages/plans';
import { invoke } from './support/api';
import type { Session } from './support/browser';
import { useDoor } from './support/door';
import type { RunningHost } from './support/host';
import { screenshotPath } from './support/screenshots';
import { seedActivities, seedPlan } from './support/seed';

const RESOURCES = [
  { name: '东区体验馆', kind: 'venue' },
  { name: '西区体验馆', kind: 'venue' },
  { name: '品牌体验馆', kind: 'venue' },
  { name: '国会中心', kind: 'venue' },
  { name: '活动执行组', kind: 'staff' },
  { name: '客服组', kind: 'staff' },
  { name: '4K摄像机', kind: 'equipment', quantity: 6 },
] as const;

/** The picked chips' values, in order. */
const chipValues = (picker: Locator) =>
  picker.getByTestId('picker-chip').evaluateAll((els) => els.map((el) => el.getAttribute('data-value')));

/** The activity form's resource and segment pickers, driven with the real keyboard and mouse. */
describe('the resource picker', () => {
  const door = useDoor({ locale: 'zh-CN', viewport: { width: 1366, height: 768 } });
  let host: RunningHost;
  let session: Session;
  let plan: Plan;
  const ids = new Map<string, string>();

  beforeAll(async () => {
    ({ host, session } = door);
    plan = await seedPlan(host, '秋季会员档期', '2027-09-01', '2027-11-30');
    for (const r of RESOURCES) ids.set(r.name, (await invoke(host, 'resource/create', r)).id);
    const gold = await invoke(host, 'segment/create', { name: '金卡会员', dimension: 'tier' });
    await invoke(host, 'segment/create', { name: '沉睡会员', dimension: 'lifecycle' });
    ids.set('金卡会员', gold.id);
    await seedActivities(host, plan.id, [
      { title: '秋季会员沙龙', type: 'salon', start: '2027-09-15', end: '2027-09-15' },
    ]);
    await new AppShell(session.page).open(host.url);
    await new PlansPage(session.page).open('秋季会员档期');
    const calendar = new CalendarPage(session.page);
    await calendar.waitFor();
    await calendar.showMonth('2027-09');
  });

  it('searches, picks by keyboard and mouse, removes, saves, and reopens with the right ones', async () => {
    const { page } = session;
    const calendar = new CalendarPage(page);
    const form = new ActivityFormPage(page);
    await calendar.event('秋季会员沙龙').first().dblclick();
    await form.waitFor();
    const picker = form.field('activity-resources');
    const search = form.field('activity-resources-search');
    const list = form.field('activity-resources-list');

    await search.click();
    // Every resource, listed under its kind in the model's order.
    expect(await list.locator('.chip-picker-group').allInnerTexts()).toEqual(['场地', '人员', '设备']);
    expect(await list.getByTestId('picker-option').count()).toBe(RESOURCES.length);

    // Type to filter; ↓ and Enter pick the second match; Enter does not submit the form.
    await page.keyboard.type('体验');
    await expect
      .poll(async () => (await list.getByTestId('picker-option').allInnerTexts()).sort())
      .toEqual(['东区体验馆', '品牌体验馆', '西区体验馆']);
    const second = (await list.getByTestId('picker-option').allInnerTexts())[1];
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => chipValues(picker)).toEqual([ids.get(second)]);
    expect(await search.inputValue()).toBe('');
    expect(await form.root.isVisible()).toBe(true);

    // The mouse picks from the filtered list.
    await page.keyboard.type('执行');
    await list.getByTestId('picker-option').filter({ hasText: '活动执行组' }).click();
    await expect.poll(() => chipValues(picker)).toEqual([ids.get(second), ids.get('活动执行组')]);

    // Backspace in the empty box takes the last chip off.
    await page.keyboard.type('摄像');
    await page.keyboard.press('Enter');
    await expect.poll(() => chipValues(picker)).toHaveLength(3);
    await page.keyboard.press('Backspace');
    await expect.poll(() => chipValues(picker)).toEqual([ids.get(second), ids.get('活动执行组')]);

    // A chip's × removes that one.
    await page.keyboard.type('国会');
    await page.keyboard.press('Enter');
    await expect.poll(() => chipValues(picker)).toHaveLength(3);
    await picker
      .locator(`[data-testid="picker-chip"][data-value="${ids.get('国会中心')}"]`)
      .getByTestId('picker-chip-remove')
      .click();
    await expect.poll(() => chipValues(picker)).toEqual([ids.get(second), ids.get('活动执行组')]);

    // Nothing matches: the list says so. Esc closes the list and leaves the dialog open.
    await search.click();
    await page.keyboard.type('不存在的资源');
    await expect.poll(() => list.innerText()).toBe('没有匹配的项');
    await page.keyboard.press('Escape');
    await list.waitFor({ state: 'detached' });
    expect(await form.root.isVisible()).toBe(true);

    // The segments use the same picker, grouped by dimension.
    await form.field('activity-segments-search').click();
    const segments = form.field('activity-segments-list');
    expect(await segments.locator('.chip-picker-group').allInnerTexts()).toEqual(['等级', '生命周期']);
    await page.screenshot({ path: screenshotPath('laptop-activity-form.png') });
    await page.keyboard.type('金卡');
    await page.keyboard.press('Enter');
    await expect.poll(() => chipValues(form.field('activity-segments'))).toEqual([ids.get('金卡会员')]);

    await form.saveAndWaitClosed();
    const saved = (await invoke(host, 'plan/get-snapshot', { id: plan.id })).activities[0];
    expect(saved.claims.map((c) => c.resourceId).sort()).toEqual([ids.get(second), ids.get('活动执行组')].sort());
    expect(saved.segmentIds).toEqual([ids.get('金卡会员')]);

    await calendar.event('秋季会员沙龙').first().dblclick();
    await form.waitFor();
    // The chips name each resource with its kind (in the order the activity stores its claims).
    const reopened = await form.field('activity-resources').getByTestId('picker-chip').allInnerTexts();
    expect(reopened.map((t) => t.replace('×', '').replace(/\s+/g, '')).sort()).toEqual(
      [`场地${second}`, '人员活动执行组'].sort(),
    );
    expect(await chipValues(form.field('activity-segments'))).toEqual([ids.get('金卡会员')]);
    await page.keyboard.press('Escape');
    await form.root.waitFor({ state: 'detached' });
    expect(session.pageErrors).toEqual([]);
  });
});
