import { CHANNELS, type EventName } from '../../src-shared/contract';
import type { AppErrorData, Result } from '../../src-shared/errors';
import type { Dispatch } from '../service/dispatch';
import { eventChannel, invokeChannel } from './ipc-names';

/** The slice of Electron's ipcMain the router uses, so tests can hand it a fake. */
export interface IpcMainLike<E> {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

export interface RouterOptions<E> {
  dispatch: Dispatch;
  /** Runs first for every message; a false answer means UNAUTHORIZED and nothing else runs. */
  isTrustedSender: (event: E) => boolean;
}

/**
 * Registers one ipcMain handler per contract channel, derived from the contract itself so a new
 * channel cannot be forgotten. Each handler checks the sender, then hands the raw arguments to
 * dispatch, which validates them against the channel's schema before any handler runs.
 * Returns a function that removes every handler again.
 */
export function registerContractHandlers<E>(ipc: IpcMainLike<E>, options: RouterOptions<E>): () => void {
  const names = CHANNELS.map((channel) => {
    const name = invokeChannel(channel);
    ipc.handle(name, (event, args): Promise<Result<unknown>> | Result<never> => {
      if (!options.isTrustedSender(event)) return { ok: false, error: unauthorized() };
      return options.dispatch(channel, args);
    });
    return name;
  });
  return () => names.forEach((name) => ipc.removeHandler(name));
}

/** A subscription to the contract's events, such as service/event-feed's subscribeEvents. */
export type EventFeed = (sink: (name: EventName, payload: unknown) => void) => () => void;

/**
 * Forwards every contract event (workspace/changed, solver/progress) to the window on its own
 * IPC channel. The feed has already checked each payload against the event's schema.
 */
export function forwardEvents(feed: EventFeed, send: (ipcChannel: string, payload: unknown) => void): () => void {
  return feed((name, payload) => send(eventChannel(name), payload));
}

export const unauthorized = (): AppErrorData => ({
  code: 'UNAUTHORIZED',
  message: {
    'zh-CN': '请求来源不是档期主窗口，已拒绝。',
    en: 'The request did not come from the Dangqi main window and was refused.',
  },
});
