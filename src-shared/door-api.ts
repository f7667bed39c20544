import type { Result } from './errors';

/** The name under which the Electron preload exposes the bridge (`window.dangqi`). */
export const BRIDGE_KEY = 'dangqi';

/**
 * Exactly what the Electron preload bridges into the page, nothing more: one generic `invoke`
 * and one `on`. Names are plain strings because the page is untrusted input to the preload; the
 * preload checks them against the contract at run time and the main process checks again.
 * The renderer's typed client (src-renderer/src/api/client.ts) is built on top of this shape.
 */
export interface DangqiBridge {
  /**
   * Calls a contract channel. Never rejects: transport failures, UNKNOWN_CHANNEL, VALIDATION and
   * UNAUTHORIZED all come back as `{ ok: false, error }`.
   */
  invoke(channel: string, args: unknown): Promise<Result<unknown>>;
  /** Subscribes to a pushed event from the contract's `events` map; returns the unsubscribe function. */
  on(event: string, listener: (payload: unknown) => void): () => void;
}
