import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserTransport } from './browser-transport';

/** A stand-in for the browser's EventSource: the test fires its events by hand. */
class FakeEventSource {
  static last: FakeEventSource | null = null;
  private handlers = new Map<string, ((e: { data?: string }) => void)[]>();
  constructor(readonly url: string) {
    FakeEventSource.last = this;
  }
  addEventListener(name: string, handler: (e: { data?: string }) => void): void {
    this.handlers.set(name, [...(this.handlers.get(name) ?? []), handler]);
  }
  fire(name: string, data?: string): void {
    for (const h of this.handlers.get(name) ?? []) h({ data });
  }
}

const HISTORY = { canUndo: true, canRedo: false, undoLabel: null, redoLabel: null, undoPlans: [], redoPlans: [] };

afterEach(() => vi.unstubAllGlobals());

describe('browser transport events', () => {
  it('delivers named events, and after a dropped stream comes back, a workspace/changed to refetch', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ ok: true, value: HISTORY })));
    vi.stubGlobal('fetch', fetchMock);
    const transport = browserTransport('tok');
    const seen: unknown[] = [];
    transport.on('workspace/changed', (p) => seen.push(p));
    const es = FakeEventSource.last!;
    expect(es.url).toContain('token=tok');

    es.fire('workspace/changed', JSON.stringify({ planIds: ['a'], history: HISTORY }));
    expect(seen).toEqual([{ planIds: ['a'], history: HISTORY }]);

    es.fire('open'); // the first open is not a reconnect
    expect(fetchMock).not.toHaveBeenCalled();

    es.fire('error');
    es.fire('open');
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[1]).toEqual({ planIds: [], history: HISTORY });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
