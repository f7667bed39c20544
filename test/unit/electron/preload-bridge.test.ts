import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, events } from '../../../src-shared/contract';
import {
  bridgeArguments,
  eventChannel,
  invokeChannel,
  parseBridgeArguments,
} from '../../../src-main/electron/ipc-names';
import { type IpcRendererLike, createBridge } from '../../../src-main/preload/bridge';

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpcRenderer(answer: unknown = { ok: true, value: 'pong' }) {
  const listeners = new Map<string, Set<Listener>>();
  const ipc = {
    invoke: vi.fn(async (_channel: string, ..._args: unknown[]) => answer),
    on: (channel: string, l: Listener) => listeners.set(channel, (listeners.get(channel) ?? new Set()).add(l)),
    removeListener: (channel: string, l: Listener) => listeners.get(channel)?.delete(l),
    emit: (channel: string, ...args: unknown[]) =>
      listeners.get(channel)?.forEach((l) => l({ sender: 'SECRET' }, ...args)),
  } satisfies IpcRendererLike & { emit: unknown };
  return ipc;
}

const NAMES = parseBridgeArguments(bridgeArguments(CHANNELS, Object.keys(events)));

describe('the preload bridge', () => {
  it('receives exactly the contract channels and events through the command line', () => {
    const argv = ['/usr/lib/electron', '--type=renderer', ...bridgeArguments(CHANNELS, Object.keys(events))];
    expect([...NAMES.channels].sort()).toEqual([...CHANNELS].sort());
    expect([...NAMES.events].sort()).toEqual(Object.keys(events).sort());
    expect(parseBridgeArguments(argv)).toEqual(NAMES);
  });

  it('allows nothing when the names are missing (fails closed)', async () => {
    const ipc = fakeIpcRenderer();
    const bridge = createBridge(ipc, parseBridgeArguments(['/usr/lib/electron']));
    await expect(bridge.invoke('plan/list', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
    expect(() => bridge.on('workspace/changed', () => {})).toThrow(/Unknown event/);
    expect(ipc.invoke).not.toHaveBeenCalled();
  });

  it('exposes invoke and on, nothing else', () => {
    expect(Object.keys(createBridge(fakeIpcRenderer(), NAMES)).sort()).toEqual(['invoke', 'on']);
  });

  it('forwards a contract channel to its prefixed IPC name with the one argument', async () => {
    const ipc = fakeIpcRenderer();
    await expect(createBridge(ipc, NAMES).invoke('plan/list', {})).resolves.toEqual({ ok: true, value: 'pong' });
    expect(ipc.invoke).toHaveBeenCalledWith(invokeChannel('plan/list'), {});
  });

  it.each(['plan/drop-all', 'dangqi:plan/list', '__proto__', 'constructor', 42, null])(
    'answers UNKNOWN_CHANNEL for %s without sending anything',
    async (channel) => {
      const ipc = fakeIpcRenderer();
      const answer = await createBridge(ipc, NAMES).invoke(channel as string, {});
      expect(answer).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
      expect(ipc.invoke).not.toHaveBeenCalled();
    },
  );

  it('turns a failed delivery or a malformed answer into an error result, never a rejection', async () => {
    const ipc = fakeIpcRenderer();
    ipc.invoke.mockRejectedValueOnce(new Error('An object could not be cloned.'));
    await expect(createBridge(ipc, NAMES).invoke('plan/list', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
    const odd = fakeIpcRenderer('not a result');
    await expect(createBridge(odd, NAMES).invoke('plan/list', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
  });

  it('delivers only the payload of an event, never the IPC event object, and unsubscribes', () => {
    const ipc = fakeIpcRenderer();
    const got: unknown[][] = [];
    const off = createBridge(ipc, NAMES).on('workspace/changed', (...args: unknown[]) => got.push(args));
    ipc.emit(eventChannel('workspace/changed'), { planIds: [] }, 'extra');
    expect(got).toEqual([[{ planIds: [] }]]);
    off();
    ipc.emit(eventChannel('workspace/changed'), { planIds: [] });
    expect(got).toHaveLength(1);
  });

  it('refuses to subscribe to an event outside the contract', () => {
    const bridge = createBridge(fakeIpcRenderer(), NAMES);
    expect(() => bridge.on('plan/create', () => {})).toThrow(/Unknown event/);
    expect(() => bridge.on('workspace/changed', 'nope' as unknown as () => void)).toThrow(TypeError);
  });
});
