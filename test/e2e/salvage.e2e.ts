import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { parsePlanFile } from '../../src-main/files/plan-file/parse';
import { AppShell } from './pages/app-shell';
import { invoke } from './support/api';
import { useDoor } from './support/door';
import { startHost } from './support/host';
import { seedActivities, seedPlan } from './support/seed';

/**
 * A workspace whose plans page was zeroed opens on the damaged-workspace screen; "export what can
 * still be read" reports what was saved and lost in the UI language and hands over a plan file
 * holding the plan's activities under a stand-in name.
 */
describe('export what can be read from a damaged workspace', () => {
  const door = useDoor({ locale: 'zh-CN' });

  it('reads the activities of a plan whose own record was lost into a plan file', async () => {
    const plan = await seedPlan(door.host, '三月会员档期', '2027-03-01', '2027-03-31');
    await seedActivities(door.host, plan.id, [
      { title: '春季会员沙龙', type: 'salon', start: '2027-03-10', end: '2027-03-10' },
      { title: '三八女神节', type: 'festival', start: '2027-03-08', end: '2027-03-08' },
    ]);
    // The door closes the workspace on stop, which folds its WAL into the file damaged next.
    await door.host.stop();
    const file = join(door.data.dir, 'workspace.dangqi-db');
    const db = new BetterSqlite3(file, { readonly: true });
    const root = Number(db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'plans'").pluck().get());
    db.close();
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(4096), 0, 4096, (root - 1) * 4096);
    closeSync(fd);
    door.host = await startHost(door.data.dir);
    expect((await invoke(door.host, 'workspace/status', {})).mode).toBe('damaged');

    const { page } = door.session;
    const shell = new AppShell(page);
    await shell.open(door.host.url);
    await page.getByTestId('backups-view').waitFor();
    await shell.setLanguage('zh-CN');
    await page.getByTestId('salvage-start').click();
    const report = page.getByTestId('salvage-report');
    await report.waitFor();
    expect(await report.innerText()).toContain('已从损坏的工作区读出 1 个方案');
    expect(await report.innerText()).toContain('恢复的方案');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('salvage-file').click()]);
    const saved = join(door.data.dir, 'salvaged.dangqi');
    await download.saveAs(saved);
    const planFile = parsePlanFile(readFileSync(saved));
    expect(planFile.plans.map((p) => p.name)).toEqual(['恢复的方案 1']);
    expect(planFile.activities.map((a) => a.title).sort()).toEqual(['三八女神节', '春季会员沙龙']);

    // The same in English: the report is the planner's language.
    await shell.setLanguage('en');
    await page.getByTestId('salvage-start').click();
    await expect.poll(() => report.innerText()).toContain('1 plan was read from the damaged workspace');
    await page.goto('about:blank');
    expect(door.session.pageErrors).toEqual([]);
  });
});
