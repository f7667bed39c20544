import type { DangqiBridge } from '../../src-shared/door-api';
import { type AppErrorData, type Result, isAppErrorData } from '../../src-shared/errors';
import type { Channel, EventName } from '../../src-shared/contract';
import { type BridgeNames, eventChannel, invokeChannel } from '../electron/ipc-names';

/** The slice of Electron's ipcRenderer the bridge uses, so tests can hand it a fake. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/**
 * Builds the object the preload exposes. The page is untrusted input here: names outside the
 * contract (`names`, handed down by main from contract.ts) never reach ipcRenderer, and listeners receive only the payload, never Electron's
 * event object (which would hand the page `sender` and with it ipcRenderer).
 */
export function createBridge(ipc: IpcRendererLike, names: BridgeNames): DangqiBridge {
  const isChannel = (name: string): name is Channel => names.channels.has(name);
  const isEvent = (name: string): name is EventName => names.events.has(name);
  return {
    async invoke(channel, args) {
      if (typeof channel !== 'string' || !isChannel(channel)) return fail(unknownChannel(channel));
      try {
        const answer = await ipc.invoke(invokeChannel(channel), args);
        return isResult(answer) ? answer : fail(internal('the main process gave an answer of the wrong shape'));
      } catch (error) {
        // Structured clone refuses functions, DOM nodes…; a missing handler means main is not ready.
        return fail(internal(error instanceof Error ? error.message : String(error)));
      }
    },
    on(event, listener) {
      if (typeof event !== 'string' || !isEvent(event)) {
        throw new TypeError(`Unknown event: ${String(event).slice(0, 80)}`);
      }
      if (typeof listener !== 'function') throw new TypeError('listener must be a function');
      const name = eventChannel(event);
      const wrapped = (_event: unknown, payload: unknown) => listener(payload);
      ipc.on(name, wrapped);
      return () => {
        ipc.removeListener(name, wrapped);
      };
    },
  };
}

const fail = (error: AppErrorData): Result<never> => ({ ok: false, error });

const unknownChannel = (channel: unknown): AppErrorData => {
  const name = String(channel).slice(0, 80);
  return {
    code: 'UNKNOWN_CHANNEL',
    message: { 'zh-CN': `未知的请求通道：${name}`, en: `Unknown channel: ${name}` },
  };
};

const internal = (detail: string): AppErrorData => ({
  code: 'INTERNAL',
  message: { 'zh-CN': `请求未能送达主进程：${detail}`, en: `The request could not be delivered: ${detail}` },
});

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'value' in value;
  return value.ok === false && 'error' in value && isAppErrorData(value.error);
}
