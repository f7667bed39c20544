import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { AppShell } from './pages/app-shell';
import { FilesPage } from './pages/files';
import { PlansPage } from './pages/plans';
import { invoke } from './support/api';
import { type Session, captureFailure } from './support/browser';
import { useDoor } from './support/door';
import { holdChannel } from './support/hold';
import { type RunningHost, makeDataDir, startHost } from './support/host';
import { JANUARY_2027, seedActivities, seedPlan } from './support/seed';
import { screenshotPath } from './support/screenshots';

const PLAN = 'E2E 2027 一月档期';

describe('plan files, spreadsheets and calendars', () => {
  const door = useDoor({ locale: 'zh-CN', viewport: { width: 1500, height: 950 } });
  let host: RunningHost;
  let session: Session;
  let out: string;
  let planId: string;

  beforeAll(async () => {
    ({ host, session } = door);
    out = mkdtempSync(join(tmpdir(), 'dangqi-files-'));
    const plan = await seedPlan(host, PLAN, '2027-01-01', '2027-03-31');
    planId = plan.id;
    await seedActivities(host, plan.id, JANUARY_2027);
  });

  afterAll(async () => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  async function openPlan(url: string, name: string): Promise<void> {
    await new AppShell(session.page).open(url);
    await session.page.getByTestId('nav-plans').click();
    await new PlansPage(session.page).open(name);
    await session.page.getByTestId('plan-view').waitFor();
  }

  const titlesOf = async (door: RunningHost, id: string) =>
    (await invoke(door, 'plan/get-snapshot', { id })).activities.map((a) => `${a.start} ${a.title}`).sort();

  it('exports a plan file and imports it into a fresh data folder with the same activities', async () => {
    onTestFailed(async () => console.error('screenshot:', await captureFailure(session, 'files-plan')));
    await openPlan(host.url, PLAN);
    const files = new FilesPage(session.page);
    const file = join(out, 'plan.dangqi');
    const download = await files.export('export-plan', file);
    expect(download.suggestedFilename()).toMatch(/\.dangqi$/);

    const other = await makeDataDir();
    const fresh = await startHost(other.dir);
    try {
      await new AppShell(session.page).open(fresh.url);
      await session.page.getByTestId('nav-plans').click();
      await new PlansPage(session.page).waitFor();
      await files.importPlanFile(file);
      const plans = files.planDialog.getByTestId('plan-import-plans');
      expect(await plans.innerText()).toContain(PLAN);
      expect(await plans.innerText()).toContain(`${JANUARY_2027.length} 个活动`);
      await files.applyPlanImport();
      // Apply opens the imported plan.
      await expect.poll(() => new AppShell(session.page).planName.innerText()).toBe(PLAN);
      const imported = (await invoke(fresh, 'plan/list', {})).find((p) => p.name === PLAN);
      expect(imported).toBeDefined();
      expect(await titlesOf(fresh, imported!.id)).toEqual(await titlesOf(host, planId));
      // One undoable edit (the button's title follows the history asynchronously).
      await expect.poll(() => new AppShell(session.page).undoButton.getAttribute('title')).toContain('导入');
    } finally {
      // Leave the fresh door's page before stopping that door: otherwise its event stream's
      // reconnect attempt logs a refused connection that later tests would count as a page error.
      await session.page.goto('about:blank');
      await fresh.stop();
      await other.remove();
    }
  });

  it('a template plan imported again: resources match by name, one remapped to new, hard conflicts listed first, the list follows the remap', async () => {
    onTestFailed(async () => console.error('screenshot:', await captureFailure(session, 'files-remap')));
    const { plan } = await invoke(host, 'plan/create-from-template', {
      templateId: 'retention',
      startDate: '2026-04-06',
      planName: 'E2E 春季保客活动',
      scale: 5000,
    });
    const download = await invoke(host, 'file/export-plan', { planIds: [plan.id] });
    const file = join(out, 'retention.dangqi');
    writeFileSync(file, Buffer.from(download.contentBase64, 'base64'));
    const resourcesBefore = (await invoke(host, 'resource/list', {})).length;

    await new AppShell(session.page).open(host.url);
    await session.page.getByTestId('nav-plans').click();
    await new PlansPage(session.page).waitFor();
    const files = new FilesPage(session.page);
    await files.importPlanFile(file);
    // Exported from this very workspace: the dialog names the plan it is an export of and the copy.
    expect(await files.planDialog.getByTestId('plan-import-copy').innerText()).toContain('“E2E 春季保客活动 (副本)”');
    const rows = files.planDialog.getByTestId('remap-resources').getByTestId('remap-row');
    expect(await rows.count()).toBeGreaterThan(0);
    // Each resource of the file exists here by name: the default is to use it.
    for (const select of await rows.locator('select').all()) expect(await select.inputValue()).not.toBe('__new__');
    // The copy books the same venue and team on the same days as the original: hard conflicts, listed first.
    const asOpened = await files.currentPlanConflicts();
    expect(asOpened[0]?.severity).toBe('sev-hard');
    const about = (list: { text: string }[], name: string) => list.filter((c) => c.text.includes(`「${name}」`));
    expect(about(asOpened, '保客筹备小组').length).toBeGreaterThan(0);
    expect(about(asOpened, '多功能厅').length).toBeGreaterThan(0);

    // The team made new: main is asked again; until it answers, the old list is marked as
    // outdated and Apply waits; then the team's clash is gone and the venue's is still first.
    const gate = await holdChannel(session.page, 'file/plan-import-conflicts');
    await files.remapSelect('保客筹备小组').selectOption('__new__');
    await expect.poll(() => files.planConflictsState()).toBe('recomputing');
    expect(await files.planDialog.getByTestId('plan-import-conflicts').getAttribute('aria-busy')).toBe('true');
    expect(await files.planDialog.getByTestId('plan-import-apply').isDisabled()).toBe(true);
    await gate.release();
    const teamNew = await files.currentPlanConflicts();
    expect(about(teamNew, '保客筹备小组')).toEqual([]);
    expect(teamNew).toEqual(asOpened.filter((c) => !c.text.includes('「保客筹备小组」')));
    expect(teamNew[0]?.severity).toBe('sev-hard');
    expect(await files.planDialog.getByTestId('plan-import-apply').isDisabled()).toBe(false);
    await session.page.screenshot({ path: screenshotPath('files-plan-import.png') });

    // The venue made new as well: no hard conflict is left. Back onto the existing venue: its clash returns.
    const venue = files.remapSelect('多功能厅');
    await venue.selectOption('__new__');
    await expect.poll(async () => about(await files.currentPlanConflicts(), '多功能厅')).toEqual([]);
    expect((await files.currentPlanConflicts()).filter((c) => c.severity === 'sev-hard')).toEqual([]);
    await venue.selectOption({ label: '使用已有：多功能厅' });
    await expect.poll(() => files.currentPlanConflicts()).toEqual(teamNew);
    await files.applyPlanImport();
    await expect.poll(async () => (await invoke(host, 'resource/list', {})).length).toBe(resourcesBefore + 1);
    // The file is an export of this workspace's plan: it comes in as a copy that says so by name.
    const names = (await invoke(host, 'plan/list', {})).map((p) => p.name);
    expect(names.filter((n) => n === 'E2E 春季保客活动')).toHaveLength(1);
    expect(names.filter((n) => n === 'E2E 春季保客活动 (副本)')).toHaveLength(1);
  });

  it('imports a CSV with Chinese headers through the mapping step and lists the unreadable row', async () => {
    onTestFailed(async () => console.error('screenshot:', await captureFailure(session, 'files-csv')));
    await openPlan(host.url, PLAN);
    const csv = join(out, '二月排期.csv');
    writeFileSync(
      csv,
      '\uFEFF活动名称,活动类型,开始日期,结束日期,负责人,备注\n' +
        '春节会员答谢会,节日主题,2027/2/10,2027/2/12,李娜,大堂\n' +
        '情人节会员沙龙,会员沙龙,2月14日,2月14日,赵磊,\n' +
        '二月会员日,会员日,2027年2月20日,2027年2月20日,王敏,\n' +
        '日期写错的活动,会员日,下周三,2027-02-25,王敏,\n',
    );
    const files = new FilesPage(session.page);
    await files.importTable('activities', csv);
    const dialog = files.tableDialog;
    expect(await dialog.getByTestId('mapping-source').innerText()).toContain('表头');
    await expect.poll(() => files.mappingSelect(0).inputValue()).toBe('title');
    expect(await files.mappingSelect(2).inputValue()).toBe('start');
    // 2月14日 has no year: Apply waits for one, none is assumed.
    await dialog.getByTestId('table-import-year').waitFor();
    expect(await dialog.getByTestId('table-import-apply').isDisabled()).toBe(true);
    await dialog.getByTestId('table-import-year').fill('2027');
    await expect.poll(() => dialog.getByTestId('table-import-apply').isDisabled()).toBe(false);
    // The planner drops the notes column: the preview is asked again with the new mapping.
    await files.mappingSelect(5).selectOption('');
    await expect.poll(() => files.mappingSelect(5).inputValue()).toBe('');
    await expect.poll(() => files.unreadableRows().count()).toBe(1);
    const reason = await files.unreadableRows().first().innerText();
    expect(reason).toContain('第 5 行');
    expect(reason).toMatch(/[\u4e00-\u9fff]/);
    expect(await dialog.getByTestId('table-import-summary').innerText()).toContain('可导入 3 行');

    await session.page.screenshot({ path: screenshotPath('files-table-import.png') });
    const before = (await titlesOf(host, planId)).length;
    await dialog.getByTestId('table-import-apply').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(async () => (await titlesOf(host, planId)).length).toBe(before + 3);
    expect(await titlesOf(host, planId)).toContain('2027-02-14 情人节会员沙龙');
  });

  it('exports the plan as ICS with all-day dates and every title', async () => {
    onTestFailed(async () => console.error('screenshot:', await captureFailure(session, 'files-ics')));
    await openPlan(host.url, PLAN);
    const files = new FilesPage(session.page);
    const file = join(out, 'plan.ics');
    await files.export('export-ics', file);
    const text = readFileSync(file, 'utf8').replace(/\r\n[ \t]/g, ''); // unfold RFC 5545 lines
    expect(text.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(text).toContain('DTSTART;VALUE=DATE:20270101');
    for (const a of JANUARY_2027) expect(text).toContain(`SUMMARY:${a.title}`);
    expect(text.match(/BEGIN:VEVENT/g)?.length).toBe((await titlesOf(host, planId)).length);
    await files.export('export-ics-2027-1', join(out, 'q1.ics'));

    // The same file back in: every event is recognised by UID as an earlier import.
    await files.importIcs(file);
    const rows = files.icsDialog.getByTestId('ics-import-events').locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await files.icsDialog.locator('tr[data-duplicate="false"]').count()).toBe(0);
    expect(await files.icsDialog.getByTestId('ics-import-apply').isDisabled()).toBe(true);
    await files.icsDialog.getByRole('button', { name: '取消' }).click();
    await files.icsDialog.waitFor({ state: 'detached' });

    // The quarter export (the plan is Q1 2027 only): every activity of the plan, as VEVENTs.
    const q1 = readFileSync(join(out, 'q1.ics'), 'utf8');
    expect(q1.match(/BEGIN:VEVENT/g)?.length).toBe((await titlesOf(host, planId)).length);
    expect(session.pageErrors).toEqual([]);
  });

  it('imports events from another calendar as activities of the chosen type', async () => {
    onTestFailed(async () => console.error('screenshot:', await captureFailure(session, 'files-ics-in')));
    await openPlan(host.url, PLAN);
    const file = join(out, 'google.ics');
    writeFileSync(
      file,
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
        'X-WR-CALNAME:市场部日历',
        'X-WR-TIMEZONE:Asia/Shanghai',
        'BEGIN:VEVENT',
        'UID:e2e-salon-1@google.com',
        'DTSTART;VALUE=DATE:20270306',
        'DTEND;VALUE=DATE:20270307',
        'SUMMARY:三月会员沙龙',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:e2e-live-2@google.com',
        'DTSTART;TZID=Asia/Shanghai:20270312T190000',
        'DTEND;TZID=Asia/Shanghai:20270312T203000',
        'SUMMARY:直播答谢夜',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:e2e-old-3@google.com',
        'DTSTART;VALUE=DATE:20200306',
        'SUMMARY:旧年沙龙',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
    const files = new FilesPage(session.page);
    await files.importIcs(file);
    const inside = files.icsDialog.getByTestId('ics-import-events');
    expect(await inside.locator('tr[data-duplicate="false"]').count()).toBe(2);
    // The 2020 event lies outside the plan's dates: grouped apart, left out unless ticked.
    const outside = files.icsDialog.getByTestId('ics-import-outside');
    expect(await outside.locator('tbody tr').count()).toBe(1);
    expect(await outside.getByTestId('ics-import-include-outside').isChecked()).toBe(false);
    await files.icsDialog.getByTestId('ics-import-type').selectOption('salon');
    await files.icsDialog.getByTestId('ics-import-apply').click();
    await files.icsDialog.waitFor({ state: 'detached' });
    const snap = await invoke(host, 'plan/get-snapshot', { id: planId });
    const salon = snap.activities.find((a) => a.title === '三月会员沙龙');
    expect(salon).toMatchObject({ type: 'salon', allDay: true, start: '2027-03-06', end: '2027-03-06' });
    expect(snap.activities.find((a) => a.title === '旧年沙龙')).toBeUndefined();
    expect(snap.activities.find((a) => a.title === '直播答谢夜')).toMatchObject({
      allDay: false,
      start: '2027-03-12T19:00',
      end: '2027-03-12T20:30',
    });
  });

  it('exports Excel (all sheets) and CSV with a BOM', async () => {
    await openPlan(host.url, PLAN);
    const files = new FilesPage(session.page);
    const xlsx = join(out, 'all.xlsx');
    expect((await files.export('export-xlsx', xlsx)).suggestedFilename()).toMatch(/\.xlsx$/);
    expect(readFileSync(xlsx).subarray(0, 2).toString('latin1')).toBe('PK');
    const csv = join(out, 'activities.csv');
    await files.export('export-csv-activities', csv);
    const text = readFileSync(csv, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain(JANUARY_2027[0].title);
    expect(session.pageErrors).toEqual([]);
  });
});
