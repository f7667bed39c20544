/**
 * The desktop door: app lifecycle, the one window, IPC registration and the menu. Kept thin;
 * the logic lives in electron-free modules next to it (tested under plain Node).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, session } from 'electron';
import { WORKSPACE_FILE, resolveDataDir } from '../service/data-dir';
import { type OpenedWorkspace, openWorkspace } from '../service/open-workspace';
import { APP_VERSION } from '../service/version';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, serveAppRequest } from './app-protocol';
import { forwardEvents, registerContractHandlers } from './ipc-router';
import { createMainWindow, hardenContents, hardenSession } from './main-window';
import { menuTemplate, pickLocale } from './menu-template';
import { findNativeBinding } from './native-binding';
import { createAppUrlCheck, createSenderCheck } from './sender-policy';
import { startupErrorDialog } from './startup-error';

const here = dirname(fileURLToPath(import.meta.url));
const rendererDir = join(here, '..', 'renderer');
const preload = join(here, '..', 'preload', 'index.cjs');
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;

// --data-dir / DANGQI_DATA_DIR, else the OS folder Electron would pick for "Dangqi", resolved by the
// same function as the browser door's so both doors open the same workspace. Chromium's profile
// and the single-instance lock live there too, so a test or portable copy on another data
// folder is fully separate from the planner's everyday workspace.
const dataDir = resolveDataDir(process.argv, process.env);
const dataDirReady = useDataDir(dataDir);
app.enableSandbox();
// Must happen before the app is ready; the handler itself is installed in start().
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

const isAppUrl = createAppUrlCheck({ devServerUrl });
let mainWindow: BrowserWindow | null = null;
let core: OpenedWorkspace | null = null;

if (!dataDirReady) {
  // The dialog has been shown; app.exit is under way.
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, isAppUrl));
  app.whenReady().then(start, fatal);
}

async function start(): Promise<void> {
  const file = join(dataDir, WORKSPACE_FILE);
  try {
    core = await openWorkspace({
      dataDir,
      door: 'electron',
      version: APP_VERSION,
      nativeBinding: findNativeBinding({
        env: process.env,
        projectRoot: join(here, '..', '..'),
        electronVersion: process.versions.electron,
        platform: process.platform,
        arch: process.arch,
        isPackaged: app.isPackaged,
        exists: existsSync,
      }),
      onInternalError: (channel, error) => console.error(`[dangqi] ${channel} failed:`, error),
    });
  } catch (error) {
    // NEWER_DATABASE / NOT_A_WORKSPACE: openDatabase refused before writing; say why and leave.
    const { title, content } = startupErrorDialog(error, file);
    dialog.showErrorBox(title, content);
    app.exit(1);
    return;
  }
  const opened = core;
  // In development the Vite dev server needs its own inline preamble; the header is for built pages.
  hardenSession(session.defaultSession, isAppUrl, { cspHeader: !devServerUrl });
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request.url, rendererDir));
  registerContractHandlers(ipcMain, {
    dispatch: opened.dispatch,
    isTrustedSender: createSenderCheck(
      () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents.mainFrame : null),
      isAppUrl,
    ),
  });
  forwardEvents(
    (sink) => opened.subscribe(sink),
    (channel, payload) => {
      if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(channel, payload);
    },
  );
  const locale = pickLocale(app.getPreferredSystemLanguages());
  const history = (channel: 'history/undo' | 'history/redo') => () => void opened.dispatch(channel, {});
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate(
        { locale, isMac: process.platform === 'darwin', showDevTools: !app.isPackaged },
        { undo: history('history/undo'), redo: history('history/redo') },
      ),
    ),
  );
  openWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
}

function openWindow(): void {
  mainWindow = createMainWindow({ preload, devServerUrl, title: '档期 Dangqi' });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

// Close the database cleanly (checkpoint the WAL) before the process goes away.
let closed = false;
app.on('will-quit', (event) => {
  if (closed || !core) return;
  event.preventDefault();
  void core.close().finally(() => {
    closed = true;
    app.quit();
  });
});

function useDataDir(dir: string): boolean {
  try {
    // setPath throws for a folder that does not exist yet (first start, or a new --data-dir).
    mkdirSync(dir, { recursive: true });
    app.setPath('userData', dir);
    return true;
  } catch (error) {
    const { title, content } = startupErrorDialog(error, join(dir, WORKSPACE_FILE));
    dialog.showErrorBox(title, content);
    app.exit(1);
    return false;
  }
}

function fatal(error: unknown): void {
  console.error('[dangqi] start-up failed:', error);
  app.exit(1);
}
