/**
 * The main window's security settings, as data, so a test can hold them to the Electron
 * security checklist without starting Electron.
 */

/**
 * Sent as a response header for our own pages, on top of the renderer's meta tag: a header also
 * covers documents the meta tag never reaches. No 'unsafe-eval', no remote origins; inline
 * styles only because FullCalendar and AG Grid inject theirs at run time.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');

/** The subset of Electron's WebPreferences we set; kept literal so tests can compare it. */
export interface SecureWebPreferences {
  preload: string;
  additionalArguments: string[];
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  webviewTag: false;
  navigateOnDragDrop: false;
  spellcheck: false;
}

/** `additionalArguments` carries the contract's names to the preload (see ipc-names.ts). */
export function secureWebPreferences(preload: string, additionalArguments: string[]): SecureWebPreferences {
  return {
    preload,
    additionalArguments,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    // A file dropped on the window must not replace the app with that file.
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

/** Navigation is allowed only to our own page (e.g. a reload); everything else is refused. */
export function allowNavigation(url: string, isAppUrl: (url: string) => boolean): boolean {
  return isAppUrl(url);
}

/** Electron's setWindowOpenHandler answer: Dangqi never opens a second window. */
export const DENY_WINDOW = { action: 'deny' } as const;
