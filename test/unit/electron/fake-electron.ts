import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';
import { vi } from 'vitest';
import { FakeIpcMain } from './fakes';

type Listener = (...args: unknown[]) => unknown;

/**
 * Just enough of the `electron` module for src-main/electron/main.ts to run under Vitest, so the
 * real start-up wiring (data folder, workspace, IPC, menu, window options, error dialog) is
 * exercised without an Electron binary. Every call is recorded for the test to inspect.
 */
export function createFakeElectron(options: { gotLock?: boolean } = {}) {
  const appEvents = new EventEmitter();
  const windows: FakeWindow[] = [];
  const paths = new Map<string, string>();
  const ipcMain = new FakeIpcMain();
  const sent: [string, unknown][] = [];
  let menuTemplate: unknown[] = [];
  const schemes = new Map<string, (request: { url: string }) => Promise<Response>>();

  class FakeWindow extends EventEmitter {
    readonly options: Record<string, unknown>;
    loaded: string | null = null;
    readonly webContents = {
      mainFrame: { url: '', processId: 7, routingId: 1, parent: null },
      send: (channel: string, payload: unknown) => sent.push([channel, payload]),
    };
    constructor(opts: Record<string, unknown>) {
      super();
      this.options = opts;
      windows.push(this);
    }
    loadFile(file: string) {
      this.loaded = file;
      this.webContents.mainFrame.url = pathToFileURL(file).href;
      return Promise.resolve();
    }
    loadURL(url: string) {
      this.loaded = url;
      this.webContents.mainFrame.url = url;
      return Promise.resolve();
    }
    isDestroyed = () => false;
    isMinimized = () => false;
    restore = vi.fn();
    focus = vi.fn();
    static getAllWindows = () => windows;
  }

  const app = {
    isPackaged: false,
    getPath: (name: string) => paths.get(name) ?? `/fake/${name}`,
    setPath: vi.fn((name: string, value: string) => paths.set(name, value)),
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => options.gotLock ?? true),
    on: (event: string, listener: Listener) => appEvents.on(event, listener),
    whenReady: () => Promise.resolve(),
    exit: vi.fn(),
    quit: vi.fn(),
    getPreferredSystemLanguages: () => ['zh-CN'],
  };

  const module = {
    app,
    BrowserWindow: FakeWindow,
    ipcMain,
    dialog: { showErrorBox: vi.fn() },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(),
      handle: (scheme: string, handler: (request: { url: string }) => Promise<Response>) =>
        schemes.set(scheme, handler),
    },
    Menu: {
      buildFromTemplate: (template: unknown[]) => ((menuTemplate = template), template),
      setApplicationMenu: vi.fn(),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        webRequest: { onHeadersReceived: vi.fn() },
      },
    },
  };

  return { module, app, appEvents, windows, ipcMain, sent, schemes, menu: () => menuTemplate };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
