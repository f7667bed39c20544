import { beforeAll, describe, expect, it } from 'vitest';
import type { Activity, Plan } from '../../src-shared/model';
import { AppShell } from './pages/app-shell';
import { CalendarPage } from './pages/calendar';
import { PlansPage } from './pages/plans';
import { TablePage } from './pages/table';
import { invoke } from './support/api';
import type { Session } from './support/browser';
import { useDoor } from './support/door';
import type { RunningHost } from './support/host';
import { seedActivities, seedPlan } from './support/seed';

/** The activity table, driven with the real mouse and keyboard. */
describe('activity table', () => {
  const door = useDoor({ locale: 'zh-CN', viewport: { width: 1366, height: 768 } });
  let host: RunningHost;
  let session: Session;
  let plan: Plan;
  let acts: Activity[];
  let table: TablePage;
  let shell: AppShell;

  const stored = async () => {
    const snap = await invoke(host, 'plan/get-snapshot', { id: plan.id });
    return new Map(snap.activities.map((a) => [a.title, a]));
  };
  const notice = () => shell.notices.innerText();

  beforeAll(async () => {
    ({ host, session } = door);
    plan = await seedPlan(host, '二季度会员档期', '2027-04-01', '2027-06-30');
    const hall = await invoke(host, 'resource/create', { name: '品牌体验馆', kind: 'venue', quantity: 1 });
    const claims = [{ resourceId: hall.id, quantity: 1 }];
    acts = await seedActivities(host, plan.id, [
      { title: '春季会员沙龙', type: 'salon', start: '2027-04-06', end: '2027-04-06', claims },
      { title: '品牌联名发布', type: 'cross_brand', start: '2027-04-08', end: '2027-04-08', claims },
      { title: '五一会员日', type: 'member_day', start: '2027-05-01', end: '2027-05-03', expectedParticipants: 800 },
      { title: '端午线上互动', type: 'online', start: '2027-06-09', end: '2027-06-09', status: 'confirmed' },
    ]);
    await invoke(host, 'budget/create-line', {
      planId: plan.id,
      activityId: acts[2].id,
      category: 'venue',
      plannedCents: 1_250_000,
    });
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
    shell = new AppShell(session.page);
    table = new TablePage(session.page);
    await shell.open(host.url);
    await new PlansPage(session.page).open('二季度会员档期');
    await new CalendarPage(session.page).waitFor();
    await table.open();
  });

  it('shows one row per activity with its budget, and groups by month whatever the sort', async () => {
    expect(await table.titles()).toEqual(['春季会员沙龙', '品牌联名发布', '五一会员日', '端午线上互动']);
    const may = await table.rowId('五一会员日');
    expect(await table.cellOf(may, 'planned').innerText()).toBe('¥12,500.00');
    expect(await table.cellOf(may, 'days').innerText()).toBe('3');

    await table.root.getByTestId('table-group-by').selectOption('month');
    await table.groups.first().waitFor();
    expect(await table.layout()).toEqual([
      '[2027-04]',
      '春季会员沙龙',
      '品牌联名发布',
      '[2027-05]',
      '五一会员日',
      '[2027-06]',
      '端午线上互动',
    ]);
    // Sorting by start, latest first, sorts inside each month; the months keep their headers.
    await table.sortBy('开始');
    await table.sortBy('开始');
    await expect
      .poll(() => table.layout())
      .toEqual(['[2027-04]', '品牌联名发布', '春季会员沙龙', '[2027-05]', '五一会员日', '[2027-06]', '端午线上互动']);
    // The quick search narrows the rows and drops the months left empty.
    await table.root.getByTestId('table-search').fill('五一');
    await expect.poll(() => table.layout()).toEqual(['[2027-05]', '五一会员日']);
    await table.root.getByTestId('table-search').fill('');
    await table.root.getByTestId('table-group-by').selectOption('none');
    await table.sortBy('开始'); // unsorted
    await table.sortBy('开始'); // by start again, earliest first
    await expect.poll(() => table.titles()).toEqual(['春季会员沙龙', '品牌联名发布', '五一会员日', '端午线上互动']);
  });

  it('edits a start date inline with the drag verdict, and Ctrl+Z takes it back', async () => {
    const id = acts[0].id;
    await table.cellOf(id, 'start').dblclick();
    await session.page.keyboard.press('Control+a');
    await session.page.keyboard.type('2027-04-08');
    await session.page.keyboard.press('Enter');
    await expect.poll(async () => (await stored()).get('春季会员沙龙')?.start).toBe('2027-04-08');
    // The same verdict as a drop on that day: a hard clash on the hall.
    await expect.poll(notice).toContain('放在 2027-04-08 会产生硬冲突');
    expect(await notice()).toContain('品牌体验馆');
    await expect.poll(() => table.cellOf(id, 'conflicts').innerText()).toMatch(/硬/);
    // Clicking the count lists the conflicts.
    await table.cellOf(id, 'conflicts').click();
    const dialog = session.page.getByTestId('table-conflicts-dialog');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('品牌体验馆');
    await session.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    await shell.pressShortcut('Control+z');
    await expect.poll(async () => (await stored()).get('春季会员沙龙')?.start).toBe('2027-04-06');
    await expect.poll(() => table.cellOf(id, 'start').innerText()).toBe('2027-04-06');
  });

  it('renames an activity and sets its status inline', async () => {
    const id = acts[3].id;
    await table.cellOf(id, 'title').dblclick();
    await session.page.keyboard.press('Control+a');
    await session.page.keyboard.type('端午节线上互动');
    await session.page.keyboard.press('Enter');
    await expect.poll(async () => (await stored()).has('端午节线上互动')).toBe(true);

    await table.cellOf(id, 'status').dblclick();
    const item = session.page.locator('.ag-select-list-item', { hasText: '已完成' });
    // AG Grid's select editor opens on the cell; its list drops down from the picker.
    if (!(await item.isVisible()))
      await session.page.locator('.ag-cell-inline-editing .ag-picker-field-wrapper').click();
    await item.click();
    await expect.poll(async () => (await stored()).get('端午节线上互动')?.status).toBe('done');
    await expect.poll(() => table.cellOf(id, 'status').innerText()).toBe('已完成');
  });

  it('changes the status of a selection, shifts it and deletes it, each one undoable edit', async () => {
    // Click the first, Shift+click the third: three rows selected.
    await table.cellOf(acts[0].id, 'type').click();
    await table.cellOf(acts[2].id, 'type').click({ modifiers: ['Shift'] });
    await expect.poll(() => table.root.getByTestId('table-selected').innerText()).toBe('已选 3 个');

    await table.root.getByTestId('table-bulk-status').selectOption('cancelled');
    await expect
      .poll(async () => [...(await stored()).values()].filter((a) => a.status === 'cancelled').length)
      .toBe(3);
    await shell.pressShortcut('Control+z');
    await expect
      .poll(async () => [...(await stored()).values()].filter((a) => a.status === 'cancelled').length)
      .toBe(0);

    await table.root.getByTestId('table-shift-days').fill('3');
    await table.root.getByTestId('table-shift').click();
    await expect.poll(async () => (await stored()).get('五一会员日')?.start).toBe('2027-05-04');
    expect((await stored()).get('春季会员沙龙')?.start).toBe('2027-04-09');
    await shell.pressShortcut('Control+z');
    await expect.poll(async () => (await stored()).get('五一会员日')?.start).toBe('2027-05-01');
    expect((await stored()).get('春季会员沙龙')?.start).toBe('2027-04-06');

    await table.root.getByTestId('table-delete').click();
    await session.page.getByRole('button', { name: '删除', exact: true }).click();
    await expect.poll(async () => (await stored()).size).toBe(1);
    await shell.pressShortcut('Control+z');
    await expect.poll(async () => (await stored()).size).toBe(4);
    await expect.poll(() => table.rows.count()).toBe(4);
  });

  it('copies the selected rows as TSV for Excel and WPS', async () => {
    await table.cellOf(acts[2].id, 'type').click();
    await table.root.getByTestId('table-copy').click();
    await expect.poll(notice).toContain('已复制 1 行');
    const text = await session.page.evaluate(() => navigator.clipboard.readText());
    const lines = text.split('\r\n');
    expect(lines.at(-1)).toBe('');
    const header = lines[0].split('\t');
    const row = lines[1].split('\t');
    expect(lines.length).toBe(3);
    expect(row[header.indexOf('活动')]).toBe('五一会员日');
    expect(row[header.indexOf('开始')]).toBe('2027-05-01');
    expect(row[header.indexOf('预算（元）')]).toBe('12500');
    expect(row[header.indexOf('预计人数')]).toBe('800');
  });
});
