import { describe, expect, it } from 'vitest';
import { ActivityFormPage } from './pages/activity-form';
import { AppShell } from './pages/app-shell';
import { CalendarPage } from './pages/calendar';
import { PlansPage } from './pages/plans';
import { invoke, rawInvoke } from './support/api';
import { useDoor } from './support/door';
import { seedPlan } from './support/seed';

function errorCode(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || !('ok' in body) || body.ok !== false) return undefined;
  if (!('error' in body) || typeof body.error !== 'object' || body.error === null || !('code' in body.error))
    return undefined;
  return String(body.error.code);
}

/** A bad request is refused at the door and writes nothing; the form says why, next to the field. */
describe('bad requests are refused and write nothing', () => {
  const door = useDoor({ locale: 'zh-CN' });

  it('refuses bad arguments, a missing or wrong token, unknown channels and broken JSON', async () => {
    const plan = await seedPlan(door.host, '校验方案', '2026-12-01', '2026-12-31');
    const backwards = {
      planId: plan.id,
      title: '倒序活动',
      type: 'member_day',
      start: '2026-12-10',
      end: '2026-12-08',
    };

    const bad = await rawInvoke(door.host, { channel: 'activity/create', args: backwards });
    expect(errorCode(bad.body)).toBe('VALIDATION');

    const timedBackwards = { ...backwards, allDay: false, start: '2026-12-10T15:00', end: '2026-12-10T09:00' };
    expect(errorCode((await rawInvoke(door.host, { channel: 'activity/create', args: timedBackwards })).body)).toBe(
      'VALIDATION',
    );

    const good = { ...backwards, end: '2026-12-12' };
    const noToken = await rawInvoke(door.host, { channel: 'activity/create', args: good }, null);
    expect(noToken.status).toBe(401);
    expect(errorCode(noToken.body)).toBe('UNAUTHORIZED');
    const wrongToken = await rawInvoke(
      door.host,
      { channel: 'activity/create', args: good },
      'x'.repeat(door.host.token.length),
    );
    expect(wrongToken.status).toBe(401);

    // The event stream needs the token too: without it another page could watch every edit.
    expect((await fetch(`${door.host.origin}/api/events?token=wrong`)).status).toBe(401);

    expect(errorCode((await rawInvoke(door.host, { channel: 'activity/drop-table', args: {} })).body)).toBe(
      'UNKNOWN_CHANNEL',
    );
    expect(errorCode((await rawInvoke(door.host, '{"channel": "activity/create", "args": ')).body)).toBe('VALIDATION');
    const injected = { ...good, planId: "1' OR '1'='1" };
    expect(errorCode((await rawInvoke(door.host, { channel: 'activity/create', args: injected })).body)).toBe(
      'VALIDATION',
    );

    const snapshot = await invoke(door.host, 'plan/get-snapshot', { id: plan.id });
    expect(snapshot.activities).toEqual([]);
    expect(snapshot.history.undoLabel?.en ?? '').not.toMatch(/activity/i);
  });

  it('shows client and service validation next to the fields and saves nothing', async () => {
    const { page } = door.session;
    const plan = await seedPlan(door.host, '表单校验方案', '2026-12-01', '2026-12-31');
    const shell = new AppShell(page);
    const calendar = new CalendarPage(page);
    const form = new ActivityFormPage(page);

    await shell.open(door.host.url);
    await new PlansPage(page).open('表单校验方案');
    await calendar.waitFor();
    await calendar.showMonth('2026-12');

    // Client-side: an end before the start is caught before any request.
    await calendar.clickDay('2026-12-10');
    await form.waitFor();
    await form.fill({ title: '倒序活动', end: '2026-12-08' });
    await form.save();
    expect(await form.errorOf('activity-end')).toBe('结束不能早于开始');

    // A title over the contract's 200 characters: the form checks the draft with the contract's own
    // schema, so the limit is named next to the title before any request.
    await form.fill({ title: '长'.repeat(200), end: '2026-12-10' });
    await form.save();
    await expect.poll(() => form.errorOf('activity-title')).toContain('不能超过 200 个字符');
    expect(await form.root.getByTestId('activity-form-error').innerText()).toContain('请先修正标出的字段');

    await page.keyboard.press('Escape');
    await form.root.waitFor({ state: 'detached' });
    expect(await calendar.eventTitles()).toEqual([]);
    expect((await invoke(door.host, 'plan/get-snapshot', { id: plan.id })).activities).toEqual([]);
  });
});
