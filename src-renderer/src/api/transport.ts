import type { DangqiBridge } from '../../../src-shared/door-api';
import type { Result } from '../../../src-shared/errors';

/**
 * The raw shape both doors offer: the Electron preload exposes exactly this as `window.dangqi`,
 * and the browser door is adapted to it. Everything typed is built on top, in client.ts.
 */
export interface Transport {
  readonly door: 'electron' | 'browser';
  invoke(channel: string, args: unknown): Promise<Result<unknown>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    /** Present only inside the Electron window, put there by the preload. */
    dangqi?: DangqiBridge;
  }
}

export function preloadTransport(bridge: DangqiBridge): Transport {
  return {
    door: 'electron',
    invoke: (channel, args) => bridge.invoke(channel, args),
    on: (event, listener) => bridge.on(event, listener),
  };
}
