import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, type Handlers } from '../../../src-shared/contract';
import type { Result } from '../../../src-shared/errors';
import { createTestDb, type TestDb } from '../../../src-main/db/test-db';
import { createDispatch } from '../../../src-main/service/dispatch';
import { createPlanService } from '../../../src-main/service/plan-service';
import { Workspace } from '../../../src-main/service/workspace';
import { eventChannel, invokeChannel } from '../../../src-main/electron/ipc-names';
import { forwardEvents, registerContractHandlers } from '../../../src-main/electron/ipc-router';
import { subscribeEvents } from '../../../src-main/service/event-feed';
import { Workspace as WorkspaceClass } from '../../../src-main/service/workspace';
import { createAppUrlCheck, createSenderCheck } from '../../../src-main/electron/sender-policy';
import { APP_URL, type FakeEvent, FakeIpcMain, frame } from './fakes';

const PLAN = { name: '2026 会员周年庆', startDate: '2026-03-01', endDate: '2026-06-30' };

describe('ipc router over a real workspace', () => {
  let tdb: TestDb;
  let ws: Workspace;
  let ipc: FakeIpcMain;
  let handlerCalls: string[];
  const mainFrame = frame(APP_URL);
  const trusted: FakeEvent = { senderFrame: mainFrame };

  beforeEach(async () => {
    tdb = await createTestDb();
    ws = new Workspace(tdb.db);
    const real = createPlanService(ws, { version: '0.0.0-test', door: 'electron', dataDir: tdb.dir });
    handlerCalls = [];
    // Spy on every handler so a test can prove that a refused request never reached PlanService.
    const spied = Object.fromEntries(
      Object.entries(real).map(([name, fn]) => [
        name,
        (args: unknown) => {
          handlerCalls.push(name);
          return (fn as (a: unknown) => unknown)(args);
        },
      ]),
    ) as Handlers;
    ipc = new FakeIpcMain();
    registerContractHandlers(ipc, {
      dispatch: createDispatch(spied, { checkResponses: true }),
      isTrustedSender: createSenderCheck(() => mainFrame, createAppUrlCheck({})),
    });
  });
  afterEach(async () => tdb.dispose());

  const planCount = () => Number(tdb.raw.prepare('SELECT count(*) FROM plans').pluck().get());
  /** Row counts of every table (history included), to prove a refused request wrote nothing. */
  const tableCounts = () =>
    (tdb.raw.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]).map(
      (t) => `${t}:${String(tdb.raw.prepare(`SELECT count(*) FROM "${t}"`).pluck().get())}`,
    );

  it('registers exactly one handler per contract channel and nothing else', () => {
    expect([...ipc.handlers.keys()].sort()).toEqual(CHANNELS.map(invokeChannel).sort());
  });

  it('serves a trusted call end to end', async () => {
    const created = (await ipc.invoke(invokeChannel('plan/create'), trusted, PLAN)) as Result<{ id: string }>;
    expect(created.ok).toBe(true);
    const list = (await ipc.invoke(invokeChannel('plan/list'), trusted, {})) as Result<unknown[]>;
    expect(list.ok && list.value).toHaveLength(1);
    expect(planCount()).toBe(1);
  });

  it.each([
    ['a sub-frame of our window', frame(APP_URL, { routingId: 9 }, frame(APP_URL))],
    ['another window', frame(APP_URL, { processId: 77 })],
    ['our window after navigating elsewhere', frame('https://example.com/')],
    ['another local file', frame('file:///tmp/evil.html')],
    ['a destroyed frame', null],
  ])('refuses %s with UNAUTHORIZED before anything runs', async (_name, senderFrame) => {
    const answer = (await ipc.invoke(invokeChannel('plan/create'), { senderFrame }, PLAN)) as Result<unknown>;
    expect(answer).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(handlerCalls).toEqual([]);
    expect(planCount()).toBe(0);
  });

  it.each([
    ['missing fields', {}],
    ['wrong types', { name: 42, startDate: 'soon', endDate: null }],
    ['an end before the start', { ...PLAN, endDate: '2026-01-01' }],
    ['not an object', 'DROP TABLE plans'],
    ['a prototype-pollution attempt', JSON.parse('{"__proto__":{"admin":true},"name":"x"}')],
  ])('refuses %s with VALIDATION without touching the database', async (_name, args) => {
    const before = tableCounts();
    const answer = (await ipc.invoke(invokeChannel('plan/create'), trusted, args)) as Result<unknown>;
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(handlerCalls).toEqual([]);
    expect(planCount()).toBe(0);
    expect(tableCounts()).toEqual(before);
    const history = (await ipc.invoke(invokeChannel('history/state'), trusted, {})) as Result<{ canUndo: boolean }>;
    expect(history).toMatchObject({ ok: true, value: { canUndo: false } });
  });

  it('refuses extra keys on a strict request', async () => {
    const answer = (await ipc.invoke(invokeChannel('plan/list'), trusted, { sql: 'x' })) as Result<unknown>;
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('has no handler for a channel outside the contract', async () => {
    await expect(ipc.invoke('dangqi:plan/drop-all', trusted, {})).rejects.toThrow(/No handler/);
    await expect(ipc.invoke('plan/create', trusted, PLAN)).rejects.toThrow(/No handler/);
    expect(planCount()).toBe(0);
  });

  it('removes every handler on unregister', () => {
    const ipc2 = new FakeIpcMain();
    const off = registerContractHandlers(ipc2, { dispatch: vi.fn(), isTrustedSender: () => true });
    expect(ipc2.handlers.size).toBe(CHANNELS.length);
    off();
    expect(ipc2.handlers.size).toBe(0);
  });

  it('forwards workspace changes as the workspace/changed event', async () => {
    const sent: [string, unknown][] = [];
    const stop = forwardEvents(
      (sink) => subscribeEvents(ws, sink),
      (channel, payload) => sent.push([channel, payload]),
    );
    const created = (await ipc.invoke(invokeChannel('plan/create'), trusted, PLAN)) as Result<{ id: string }>;
    expect(created.ok).toBe(true);
    expect(sent).toHaveLength(1);
    expect(sent[0][0]).toBe(eventChannel('workspace/changed'));
    expect(sent[0][1]).toMatchObject({ planIds: [created.ok && created.value.id], history: { canUndo: true } });
    await ipc.invoke(invokeChannel('history/undo'), trusted, {});
    expect(sent).toHaveLength(2);
    stop();
    await ipc.invoke(invokeChannel('history/redo'), trusted, {});
    expect(sent).toHaveLength(2);
  });

  it('does not forward a payload that breaks the event schema', () => {
    const sent: unknown[] = [];
    // A workspace whose change feed misbehaves: the feed checks every payload against the contract.
    const odd = Object.assign(Object.create(WorkspaceClass.prototype) as WorkspaceClass, {
      onChange: (l: (p: unknown) => void) => {
        l({ planIds: 'all' });
        return () => {};
      },
    });
    forwardEvents(
      (sink) => subscribeEvents(odd, sink),
      (_c, p) => sent.push(p),
    );
    expect(sent).toEqual([]);
  });
});
