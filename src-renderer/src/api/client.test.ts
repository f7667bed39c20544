import { describe, expect, it } from 'vitest';
import { type EditOutcome, emptyEntityIds, emptyEntitySet } from '../../../src-shared/contract-outcome';
import type { Result } from '../../../src-shared/errors';
import { ApiError, createClient } from './client';
import { takeToken } from './token';
import type { Transport } from './transport';

const PLAN = {
  id: '7d4f1f2e-3c55-4e0c-9a7e-2a6b8f0f3b11',
  name: '方案',
  timeZone: 'Asia/Shanghai',
  currency: 'CNY',
  startDate: '2026-12-01',
  endDate: '2026-12-31',
  createdAt: '2026-11-26T10:00:00.000Z',
  updatedAt: '2026-11-26T10:00:00.000Z',
};

function fakeTransport(
  answer: Result<unknown>,
): Transport & { calls: [string, unknown][]; emit: (e: string, p: unknown) => void } {
  const calls: [string, unknown][] = [];
  const listeners = new Map<string, (p: unknown) => void>();
  return {
    door: 'browser',
    calls,
    invoke: async (channel, args) => {
      calls.push([channel, args]);
      return answer;
    },
    on: (event, listener) => {
      listeners.set(event, listener);
      return () => listeners.delete(event);
    },
    emit: (e, p) => listeners.get(e)?.(p),
  };
}

describe('api client', () => {
  it('passes the channel and arguments through and returns the parsed value', async () => {
    const transport = fakeTransport({ ok: true, value: [PLAN] });
    const plans = await createClient(transport).invoke('plan/list', {});
    expect(plans).toEqual([PLAN]);
    expect(transport.calls).toEqual([['plan/list', {}]]);
  });

  it('throws an ApiError carrying the service error for ok:false', async () => {
    const error = { code: 'NOT_FOUND' as const, message: { 'zh-CN': '找不到方案', en: 'No plan' } };
    const client = createClient(fakeTransport({ ok: false, error }));
    const thrown = await client.invoke('plan/get-snapshot', { id: PLAN.id }).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(ApiError);
    expect(thrown instanceof ApiError && thrown.data).toEqual(error);
  });

  it('refuses an answer that breaks the contract', async () => {
    const client = createClient(fakeTransport({ ok: true, value: [{ ...PLAN, startDate: 20261201 }] }));
    const thrown = await client.invoke('plan/list', {}).catch((e: unknown) => e);
    expect(thrown instanceof ApiError && thrown.data.code).toBe('INTERNAL');
  });

  it('delivers only events that match the contract', () => {
    const transport = fakeTransport({ ok: true, value: null });
    const seen: unknown[] = [];
    createClient(transport).on('workspace/changed', (p) => seen.push(p));
    const history = {
      canUndo: true,
      canRedo: false,
      undoLabel: { 'zh-CN': '新建', en: 'Create' },
      redoLabel: null,
      undoPlans: [],
      redoPlans: [],
    };
    transport.emit('workspace/changed', { planIds: [PLAN.id], history });
    transport.emit('workspace/changed', { planIds: 'all' });
    expect(seen).toEqual([{ planIds: [PLAN.id], history }]);
  });

  it('hands an edit’s outcome to the outcome listeners before the call resolves, and drops one that breaks the contract', async () => {
    const history = { canUndo: true, canRedo: false, undoLabel: null, redoLabel: null, undoPlans: [], redoPlans: [] };
    const outcome = {
      id: 'o-1',
      kind: 'edit',
      label: { 'zh-CN': '修改方案', en: 'Edit plan' },
      planIds: [PLAN.id],
      created: emptyEntitySet(),
      updated: { ...emptyEntitySet(), plans: [PLAN] },
      deleted: emptyEntityIds(),
      calendarChanged: false,
      findings: [],
      history,
    };
    const seen: string[] = [];
    const client = createClient(fakeTransport({ ok: true, value: PLAN, outcome: outcome as EditOutcome }));
    client.onOutcome((o) => seen.push(o.id));
    const answer = await client.invoke('plan/update', { id: PLAN.id, name: '方案' }).then(() => [...seen]);
    expect(answer).toEqual(['o-1']);

    const broken = createClient(
      fakeTransport({ ok: true, value: PLAN, outcome: { ...outcome, findings: 'x' } as unknown as EditOutcome }),
    );
    const seenBroken: string[] = [];
    broken.onOutcome((o) => seenBroken.push(o.id));
    await broken.invoke('plan/update', { id: PLAN.id, name: '方案' });
    expect(seenBroken).toEqual([]);
  });
});

describe('takeToken', () => {
  function fakes(hash: string) {
    const store = new Map<string, string>();
    const replaced: string[] = [];
    const location = { hash, pathname: '/', search: '' };
    const history = { state: null, replaceState: (_s: unknown, _t: string, url: string) => replaced.push(url) };
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    return { location, history, storage, replaced };
  }

  it('reads the token from the fragment once, keeps it and clears the address bar', () => {
    const f = fakes('#token=abc_DEF-123');
    expect(takeToken(f.location, f.history, f.storage)).toBe('abc_DEF-123');
    expect(f.replaced).toEqual(['/']);
    f.location.hash = '';
    expect(takeToken(f.location, f.history, f.storage)).toBe('abc_DEF-123');
  });

  it('has no token when none was ever given', () => {
    const f = fakes('');
    expect(takeToken(f.location, f.history, f.storage)).toBeNull();
  });
});
