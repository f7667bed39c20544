/**
 * A stand-in for the `electron` module, just enough for the built out/main/index.js to start
 * under plain Node. Records what the main process did so bundle-check.mjs can inspect it.
 */
import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';

export const state = {
  paths: new Map(),
  handlers: new Map(),
  windows: [],
  sent: [],
  dialogs: [],
  exitCode: null,
  quit: false,
  menu: null,
  privilegedSchemes: [],
  schemes: new Map(),
};
const appEvents = new EventEmitter();
export const emitApp = (event, ...args) => appEvents.listeners(event).forEach((l) => l(...args));

export const app = {
  isPackaged: false,
  getPath: (name) => state.paths.get(name) ?? `/stand-in/${name}`,
  setPath: (name, value) => state.paths.set(name, value),
  enableSandbox: () => {},
  requestSingleInstanceLock: () => true,
  on: (event, listener) => appEvents.on(event, listener),
  whenReady: () => Promise.resolve(),
  exit: (code) => (state.exitCode = code),
  quit: () => (state.quit = true),
  getPreferredSystemLanguages: () => ['zh-CN'],
};

export class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
    this.loaded = null;
    this.webContents = {
      mainFrame: { url: '', processId: 1, routingId: 1, parent: null },
      send: (channel, payload) => state.sent.push([channel, payload]),
    };
    state.windows.push(this);
  }
  loadFile(file) {
    this.loaded = file;
    this.webContents.mainFrame.url = pathToFileURL(file).href;
    return Promise.resolve();
  }
  loadURL(url) {
    this.loaded = url;
    this.webContents.mainFrame.url = url;
    return Promise.resolve();
  }
  isDestroyed() {
    return false;
  }
  static getAllWindows() {
    return state.windows;
  }
}

export const ipcMain = {
  handle: (channel, listener) => state.handlers.set(channel, listener),
  removeHandler: (channel) => state.handlers.delete(channel),
};
export const dialog = { showErrorBox: (title, content) => state.dialogs.push({ title, content }) };
export const Menu = { buildFromTemplate: (t) => t, setApplicationMenu: (m) => (state.menu = m) };
const noop = () => {};
export const session = {
  defaultSession: {
    setPermissionRequestHandler: noop,
    setPermissionCheckHandler: noop,
    webRequest: { onHeadersReceived: noop },
  },
};
export const protocol = {
  registerSchemesAsPrivileged: (schemes) => state.privilegedSchemes.push(...schemes),
  handle: (scheme, handler) => state.schemes.set(scheme, handler),
};
export default { app, BrowserWindow, ipcMain, dialog, Menu, session, protocol };
