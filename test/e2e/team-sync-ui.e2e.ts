/**
 * Issue #17 with the mouse: planner B joins the team in the team dialog (server address, token,
 * name), sees planner A's plan appear in the plan list, finds the title both changed offline in
 * the concurrent-edits list with the value every laptop shows and the other one, and takes the
 * other one with one click; A then shows it too, with nothing left to settle. The sync server
 * and host A run on 127.0.0.1 beside B's browser door; every wait is on a state, with a limit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSyncServer, type SyncServer } from '../../src-main/sync-server/sync-server';
import { AppShell } from './pages/app-shell';
import { PlansPage } from './pages/plans';
import { invoke } from './support/api';
import { useDoor } from './support/door';
import { type RunningHost, makeDataDir, startHost } from './support/host';
import { until } from './support/team';

const TOKEN = 'e2e-team-ui-token';
const cleanups: (() => Promise<void>)[] = [];
let server: SyncServer;
let serverDir: string;
let a: RunningHost;

describe('team sync in the UI', () => {
  const door = useDoor({ locale: 'zh-CN' });

  beforeAll(async () => {
    const s = await makeDataDir();
    serverDir = s.dir;
    cleanups.push(s.remove);
    server = await startSyncServer({ dataDir: serverDir, token: TOKEN });
    const d = await makeDataDir();
    cleanups.push(d.remove);
    a = await startHost(d.dir);
    cleanups.push(a.stop);
  });

  afterAll(async () => {
    await server.close();
    for (const clean of cleanups.reverse()) await clean();
  });

  it('joins with the mouse, sees the colleague’s plan, lists the concurrent title edit and takes the other value', async () => {
    const { page } = door.session;
    await invoke(a, 'sync/join', { url: server.url, token: TOKEN, planner: '规划师甲' });
    const plan = await invoke(a, 'plan/create', {
      name: '甲的团队档期',
      startDate: '2026-01-01',
      endDate: '2026-06-30',
    });
    const x = await invoke(a, 'activity/create', {
      planId: plan.id,
      title: '春季沙龙',
      type: 'salon',
      start: '2026-03-08',
      end: '2026-03-08',
    });

    const shell = new AppShell(page);
    const plans = new PlansPage(page);
    await shell.open(door.host.url);
    await plans.waitFor();
    await page.getByTestId('team-open').click();
    const dialog = page.getByTestId('team-dialog');
    await dialog.getByTestId('team-url').fill(server.url);
    await dialog.getByTestId('team-token').fill(TOKEN);
    await dialog.getByTestId('team-planner').fill('规划师乙');
    await dialog.getByTestId('team-join').click();
    await dialog.getByTestId('team-state').getByText('已同步').waitFor({ timeout: 60_000 });
    await dialog.getByRole('button', { name: '关闭' }).click();
    await dialog.waitFor({ state: 'detached' });
    await plans.row('甲的团队档期').waitFor({ timeout: 60_000 });

    // Both change one title while the server is away.
    const port = server.port;
    await server.close();
    await until(
      'both offline',
      async () => [await invoke(a, 'sync/status', {}), await invoke(door.host, 'sync/status', {})],
      (s) => s.every((v) => v.state === 'offline'),
    );
    await invoke(a, 'activity/update', { id: x.id, title: '甲改的标题' });
    await invoke(door.host, 'activity/update', { id: x.id, title: '乙改的标题' });
    server = await startSyncServer({ dataDir: serverDir, token: TOKEN, port });
    const titleOn = async (host: RunningHost) =>
      (await invoke(host, 'plan/get-snapshot', { id: plan.id })).activities.find((r) => r.id === x.id)?.title;
    const [shown] = await until(
      'one winner on both',
      async () => [await titleOn(a), await titleOn(door.host)],
      ([ta, tb]) => ta === tb && ta !== '春季沙龙',
    );
    await until(
      'B lists the concurrent edit',
      () => invoke(door.host, 'sync/concurrent-edits', { planId: plan.id }),
      (edits) => edits.length === 1,
    );
    const other = shown === '甲改的标题' ? '乙改的标题' : '甲改的标题';

    await page.getByTestId('team-open').click();
    const row = dialog.getByTestId('concurrent-edit');
    await row.waitFor();
    expect(await row.innerText()).toContain('甲的团队档期');
    expect(await row.innerText()).toContain('标题');
    expect(await row.getByTestId('concurrent-shown').innerText()).toBe(shown);
    expect(await row.getByTestId('concurrent-other').innerText()).toBe(other);

    await row.getByTestId('concurrent-take').click();
    await dialog.getByText('没有并发修改').waitFor();
    await until(
      'A shows the value B took, with nothing left to settle',
      async () => [await titleOn(a), (await invoke(a, 'sync/concurrent-edits', { planId: plan.id })).length],
      ([title, left]) => title === other && left === 0,
    );
    expect(await titleOn(door.host)).toBe(other);
    expect(door.session.pageErrors).toEqual([]);
  });
});
