import { type AppErrorData, type Result, isAppErrorData } from '../../../src-shared/errors';
import type { Transport } from './transport';

/**
 * The browser door: POST /api/invoke with a bearer token, events over one EventSource.
 * Failures of the transport itself (server gone, non-JSON answer) become Result errors too,
 * so callers handle one shape whatever went wrong.
 */
export function browserTransport(token: string | null, base = ''): Transport {
  let source: EventSource | null = null;
  const listeners = new Map<string, Set<(payload: unknown) => void>>();

  function emit(event: string, data: unknown): void {
    for (const l of listeners.get(event) ?? []) l(data);
  }

  function ensureSource(): EventSource {
    if (source) return source;
    source = new EventSource(`${base}/api/events?token=${encodeURIComponent(token ?? '')}`);
    // EventSource reconnects by itself, but what was sent while it was down is gone: once it is
    // back, tell the views the workspace may have changed so they refetch instead of going stale.
    let lost = false;
    source.addEventListener('error', () => (lost = true));
    source.addEventListener('open', () => {
      if (!lost) return;
      lost = false;
      void transport.invoke('history/state', {}).then((r) => {
        if (r.ok) emit('workspace/changed', { planIds: [], history: r.value });
      });
    });
    return source;
  }

  const transport: Transport = {
    door: 'browser',
    async invoke(channel, args) {
      let response: Response;
      try {
        response = await fetch(`${base}/api/invoke`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token ?? ''}` },
          body: JSON.stringify({ channel, args }),
        });
      } catch {
        return failure(offline());
      }
      const body: unknown = await response.json().catch(() => null);
      if (isResult(body)) return body;
      return failure(badAnswer(response.status));
    },
    on(event, listener) {
      const es = ensureSource();
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
        es.addEventListener(event, (message) => emit(event, parseJson(message.data)));
      }
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
  };
  return transport;
}

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'value' in value;
  return value.ok === false && 'error' in value && isAppErrorData(value.error);
}

function parseJson(data: unknown): unknown {
  if (typeof data !== 'string') return null;
  try {
    return JSON.parse(data);
  } catch {
    return null;
  }
}

const failure = (error: AppErrorData): Result<never> => ({ ok: false, error });

const offline = (): AppErrorData => ({
  code: 'INTERNAL',
  message: {
    'zh-CN': '无法连接到档期服务，请确认它仍在运行。',
    en: 'Cannot reach the Dangqi service; check that it is still running.',
  },
});

const badAnswer = (status: number): AppErrorData => ({
  code: status === 401 || status === 403 ? 'UNAUTHORIZED' : 'INTERNAL',
  message: {
    'zh-CN': `服务返回了无法识别的应答（HTTP ${status}）。`,
    en: `The service gave an unreadable answer (HTTP ${status}).`,
  },
  details: { status },
});
