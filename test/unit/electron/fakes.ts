import type { FrameLike } from '../../../src-main/electron/sender-policy';
import type { IpcMainLike } from '../../../src-main/electron/ipc-router';

export const APP_URL = 'app://dangqi/index.html';

export interface FakeEvent {
  senderFrame: FrameLike | null;
}

/** An in-process stand-in for ipcMain: records handlers and lets a test invoke them. */
export class FakeIpcMain implements IpcMainLike<FakeEvent> {
  readonly handlers = new Map<string, (event: FakeEvent, ...args: unknown[]) => unknown>();

  handle(channel: string, listener: (event: FakeEvent, ...args: unknown[]) => unknown): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  /** Like Electron: no handler means the renderer's invoke rejects. */
  async invoke(channel: string, event: FakeEvent, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, ...args);
  }
}

export function frame(
  url: string,
  ids: { processId?: number; routingId?: number } = {},
  parent: FrameLike | null = null,
): FrameLike {
  return { url, processId: ids.processId ?? 4, routingId: ids.routingId ?? 1, parent };
}
