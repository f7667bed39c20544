/**
 * The desktop renderer is served from `app://dangqi/`, not `file://`: a file URL would give the
 * page (and anything it is tricked into loading) the whole disk as its origin. This module is the
 * electron-free half: which URL means which file of the built renderer, and with what type. It
 * serves only files inside the renderer's output folder; anything else is a 404 and a path that
 * tries to climb out of it a 403. main.ts registers the scheme and hands requests here.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './window-policy';

export const APP_SCHEME = 'app';
export const APP_HOST = 'dangqi';
/** What the main window loads. */
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * For protocol.registerSchemesAsPrivileged: a standard, secure scheme (relative URLs, a real
 * origin for the CSP's 'self', no mixed-content refusals) that can be fetched, e.g. a font.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  stream: true,
} as const;

/** The types the built renderer ships; a file of any other kind is not served. */
const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function mimeTypeOf(file: string): string | null {
  return MIME_TYPES[extname(file).toLowerCase()] ?? null;
}

export type AppRequestTarget = { ok: true; file: string; mimeType: string } | { ok: false; status: 400 | 403 | 404 };

/**
 * Which file of `rendererDir` an `app://` URL names, without touching the disk: the URL must be
 * ours (scheme and host), its path must decode cleanly, stay inside the folder once resolved and
 * name a type we serve. `/` is the index page.
 */
export function resolveAppRequest(url: string, rendererDir: string): AppRequestTarget {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { ok: false, status: 400 };
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return { ok: false, status: 404 };
  let path: string;
  try {
    path = decodeURIComponent(u.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  // A NUL or a backslash has no business in a renderer asset's name (and a backslash is a
  // separator on Windows that URL parsing did not normalize).
  if (path.includes('\0') || path.includes('\\')) return { ok: false, status: 400 };
  if (path === '/' || path === '') path = '/index.html';
  const root = resolve(rendererDir);
  const file = resolve(root, `.${path}`);
  if (!isInside(root, file)) return { ok: false, status: 403 };
  const mimeType = mimeTypeOf(file);
  if (!mimeType) return { ok: false, status: 404 };
  return { ok: true, file, mimeType };
}

function isInside(root: string, file: string): boolean {
  const rel = relative(root, file);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

/**
 * The response to one `app://` request (Electron's protocol.handle takes a web Response): the
 * file's bytes with its type and the CSP header, or a bare status. A link inside the folder that
 * points outside it is refused like a path that climbs out.
 */
export async function serveAppRequest(url: string, rendererDir: string): Promise<Response> {
  const target = resolveAppRequest(url, rendererDir);
  if (!target.ok) return new Response(null, { status: target.status });
  try {
    const [root, real] = await Promise.all([realpath(rendererDir), realpath(target.file)]);
    if (!isInside(root, real)) return new Response(null, { status: 403 });
    if (!(await stat(real)).isFile()) return new Response(null, { status: 404 });
    const body = await readFile(real);
    return new Response(body, {
      status: 200,
      headers: {
        'Content-Type': target.mimeType,
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch {
    return new Response(null, { status: 404 });
  }
}
