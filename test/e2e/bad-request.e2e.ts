import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { ActivityFormPage } from './pages/activity-form';
import { AppShell } from './pages/app-shell';
import { CalendarPage } from './pages/calendar';
import { PlansPage } from './pages/plans';
import { invoke, rawInvoke } from './support/api';
import { type Session, captureFailure, openBrowser } from './support/browser';
import { type RunningHost, makeDataDir, startHost } from './support/host';
import { seedPlan } from './support/seed';

function errorCode(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || !('ok' in body) || body.ok !== false) return undefined;
  if (!('error' in body) || typeof body.error !== 'object' || body.error === null || !('code' in body.error))
    return undefined;
  return String(body.error.code);
}

/** A bad request is refused at the door and writes nothing; the form says why, next to the field. */
describe('bad requests are refused and write nothing', () => {
  let data: Awaited<ReturnType<typeof makeDataDir>>;
  let host: RunningHost;
  let session: Session;

  beforeAll(async () => {
    data = await makeDataDir();
    host = await startHost(data.dir);
    session = await openBrowser({ locale: 'zh-CN' });
  });

  afterAll(async () => {
    await session?.close();
    await host?.stop();
    await data?.remove();
  });

  it('refuses bad arguments, a missing or wrong token, unknown channels and broken JSON', async () => {
    const plan = await seedPlan(host, '校验方案', '2026-12-01', '2026-12-31');
    const backwards = {
      planId: plan.id,
      title: '倒序活动',
      type: 'member_day',
      start: '2026-12-10',
      end: '2026-12-08',
    };

    const bad = await rawInvoke(host, { channel: 'activity/create', args: backwards });
    expect(errorCode(bad.body)).toBe('VALIDATION');

    const timedBackwards = { ...backwards, allDay: false, start: '2026-12-10T15:00', end: '2026-12-10T09:00' };
    expect(errorCode((await rawInvoke(host, { channel: 'activity/create', args: timedBackwards })).body)).toBe(
      'VALIDATION',
    );

    const good = { ...backwards, end: '2026-12-12' };
    const noToken = await rawInvoke(host, { channel: 'activity/create', args: good }, null);
    expect(noToken.status).toBe(401);
    expect(errorCode(noToken.body)).toBe('UNAUTHORIZED');
    const wrongToken = await rawInvoke(host, { channel: 'activity/create', args: good }, 'x'.repeat(host.token.length));
    expect(wrongToken.status).toBe(401);

    // The event stream needs the token too: without it another page could watch every edit.
    expect((await fetch(`${host.origin}/api/events?token=wrong`)).status).toBe(401);

    expect(errorCode((await rawInvoke(host, { channel: 'activity/drop-table', args: {} })).body)).toBe(
      'UNKNOWN_CHANNEL',
    );
    expect(errorCode((await rawInvoke(host, '{"channel": "activity/create", "args": ')).body)).toBe('VALIDATION');
    const injected = { ...good, planId: "1' OR '1'='1" };
    expect(errorCode((await rawInvoke(host, { channel: 'activity/create', args: injected })).body)).toBe('VALIDATION');

    const snapshot = await invoke(host, 'plan/get-snapshot', { id: plan.id });
    expect(snapshot.activities).toEqual([]);
    expect(snapshot.history.undoLabel?.en ?? '').not.toMatch(/activity/i);
  });

  it('shows client and service validation next to the fields and saves nothing', async () => {
    const { page } = session;
    onTestFailed(async () => console.error('screenshot:', await captureFailure(session, 'bad-request')));
    const plan = await seedPlan(host, '表单校验方案', '2026-12-01', '2026-12-31');
    const shell = new AppShell(page);
    const calendar = new CalendarPage(page);
    const form = new ActivityFormPage(page);

    await shell.open(host.url);
    await new PlansPage(page).open('表单校验方案');
    await calendar.waitFor();
    await calendar.showMonth('2026-12');

    // Client-side: an end before the start is caught before any request.
    await calendar.clickDay('2026-12-10');
    await form.waitFor();
    await form.fill({ title: '倒序活动', end: '2026-12-08' });
    await form.save();
    expect(await form.errorOf('activity-end')).toBe('结束不能早于开始');

    // Service-side: a title over the contract's 200 characters passes the client and is refused
    // by the door; its VALIDATION details are shown next to the title field.
    await form.fill({ title: '长'.repeat(200), end: '2026-12-10' });
    await form.save();
    await expect.poll(() => form.errorOf('activity-title')).toContain('不能超过 200 个字符');
    expect(await form.root.getByTestId('activity-form-error').innerText()).toContain('请求内容无效');

    await page.keyboard.press('Escape');
    await form.root.waitFor({ state: 'detached' });
    expect(await calendar.eventTitles()).toEqual([]);
    expect((await invoke(host, 'plan/get-snapshot', { id: plan.id })).activities).toEqual([]);
  });
});
