import { APP_INDEX_URL } from './app-protocol';

/**
 * Which page is ours. Only the built renderer's index.html as served at `app://dangqi/` (or, in
 * development, the electron-vite dev server's origin) may call the contract or be navigated to.
 * No file:// URL is ours any more.
 */
export interface AppLocation {
  /** ELECTRON_RENDERER_URL in development; absent in production. */
  devServerUrl?: string;
}

export function createAppUrlCheck(location: AppLocation): (url: string) => boolean {
  const own = new URL(APP_INDEX_URL);
  const devOrigin = location.devServerUrl ? safeUrl(location.devServerUrl)?.origin : undefined;
  return (url) => {
    const u = safeUrl(url);
    if (!u) return false;
    // Hash and query are the renderer's own routing; the document itself must be ours.
    if (u.protocol === own.protocol) return u.host === own.host && u.pathname === own.pathname;
    return devOrigin !== undefined && devOrigin !== 'null' && u.origin === devOrigin;
  };
}

/** The parts of Electron's WebFrameMain the check reads; tests pass plain objects. */
export interface FrameLike {
  readonly url: string;
  readonly processId: number;
  readonly routingId: number;
  readonly parent: FrameLike | null;
}

export interface SenderEventLike {
  readonly senderFrame: FrameLike | null;
}

/**
 * An IPC message is trusted only when it comes from the top frame of our main window showing
 * our page. An iframe, a second window, or our window after a navigation elsewhere is refused.
 */
export function createSenderCheck(
  mainFrame: () => FrameLike | null | undefined,
  isAppUrl: (url: string) => boolean,
): (event: SenderEventLike) => boolean {
  return (event) => {
    const frame = event.senderFrame;
    const top = mainFrame();
    if (!frame || !top) return false;
    // WebFrameMain objects are not guaranteed to be the same JS object per frame; ids are.
    const sameFrame = frame.processId === top.processId && frame.routingId === top.routingId;
    return sameFrame && frame.parent === null && isAppUrl(frame.url);
  };
}

function safeUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
