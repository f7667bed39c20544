/**
 * The preload: exposes `window.dangqi` = { invoke, on } and nothing else. Never ipcRenderer
 * itself, never Node. Runs sandboxed, so it is bundled into one CommonJS file (out/preload/index.cjs).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_KEY, type DangqiBridge } from '../../src-shared/door-api';
import { parseBridgeArguments } from '../electron/ipc-names';
import { createBridge } from './bridge';

// The contract's names arrive on the command line (see bridgeArguments in main).
const bridge = createBridge(ipcRenderer, parseBridgeArguments(process.argv));

contextBridge.exposeInMainWorld(BRIDGE_KEY, {
  invoke: (channel: string, args: unknown) => bridge.invoke(channel, args),
  on: (event: string, listener: (payload: unknown) => void) => bridge.on(event, listener),
} satisfies DangqiBridge);
