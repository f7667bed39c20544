import { CHANNELS, events } from '../../src-shared/contract';
import { bridgeArguments } from './ipc-names';
import { BrowserWindow, type Session, type WebContents } from 'electron';
import { APP_INDEX_URL } from './app-protocol';
import { CONTENT_SECURITY_POLICY, DENY_WINDOW, allowNavigation, secureWebPreferences } from './window-policy';

export interface WindowOptions {
  preload: string;
  devServerUrl?: string;
  title: string;
}

export function createMainWindow(options: WindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    title: options.title,
    show: false,
    webPreferences: secureWebPreferences(options.preload, bridgeArguments(CHANNELS, Object.keys(events))),
  });
  win.once('ready-to-show', () => win.show());
  if (options.devServerUrl) void win.loadURL(options.devServerUrl);
  // Served by the app:// handler (app-protocol.ts) from the built renderer's folder.
  else void win.loadURL(APP_INDEX_URL);
  return win;
}

/**
 * Applied to every webContents the app ever creates (not only the main window), so a frame or a
 * window we did not plan for gets the same refusals.
 */
export function hardenContents(contents: WebContents, isAppUrl: (url: string) => boolean): void {
  contents.on('will-navigate', (event, url) => {
    if (!allowNavigation(url, isAppUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!allowNavigation(url, isAppUrl)) event.preventDefault();
  });
  // will-navigate covers only the main frame; a subframe (an iframe a hostile file or a bug
  // might add) navigating anywhere but our page is refused too.
  contents.on('will-frame-navigate', (event) => {
    if (!allowNavigation(event.url, isAppUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => DENY_WINDOW);
}

/** Session-wide: no permission is ever granted, and our pages carry the CSP header too. */
export function hardenSession(
  session: Session,
  isAppUrl: (url: string) => boolean,
  options: { cspHeader: boolean },
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  if (!options.cspHeader) return;
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!isAppUrl(details.url)) return callback({});
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
}
