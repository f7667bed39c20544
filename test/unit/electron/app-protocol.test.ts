import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_INDEX_URL, mimeTypeOf, resolveAppRequest, serveAppRequest } from '../../../src-main/electron/app-protocol';

let root: string;
let rendererDir: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'dangqi-app-protocol-'));
  rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>档期</title>');
  writeFileSync(join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(rendererDir, 'assets', 'font.woff2'), Buffer.from([1, 2, 3]));
  writeFileSync(join(rendererDir, 'assets', 'notes.exe'), 'MZ');
  writeFileSync(join(root, 'secret.txt'), 'not for the page');
  writeFileSync(join(root, 'renderer-other.html'), 'a sibling folder sharing the prefix');
  symlinkSync(join(root, 'secret.txt'), join(rendererDir, 'assets', 'link.txt'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('which file an app:// URL names', () => {
  it('maps our URLs into the renderer folder, / meaning the index page', () => {
    expect(resolveAppRequest(APP_INDEX_URL, rendererDir)).toEqual({
      ok: true,
      file: join(rendererDir, 'index.html'),
      mimeType: 'text/html; charset=utf-8',
    });
    expect(resolveAppRequest('app://dangqi/', rendererDir)).toMatchObject({
      ok: true,
      file: join(rendererDir, 'index.html'),
    });
    expect(resolveAppRequest('app://dangqi/assets/index-abc.js?v=1#x', rendererDir)).toMatchObject({
      ok: true,
      file: join(rendererDir, 'assets', 'index-abc.js'),
    });
  });

  it.each([
    ['app://dangqi/..%2fsecret.txt', 403],
    ['app://dangqi/assets/..%2f..%2fsecret.txt', 403],
    ['app://dangqi/..%2frenderer-other.html', 403],
    ['app://dangqi/%2fetc%2fpasswd', 404], // an absolute path inside the URL stays inside the folder
    ['app://dangqi/assets%5c..%5c..%5csecret.txt', 400],
    ['app://dangqi/index.html%00.js', 400],
    ['app://dangqi/%E0%A4%A', 400],
    ['app://evil/index.html', 404],
    ['file:///etc/passwd', 404],
    ['app://dangqi/assets/notes.exe', 404],
    ['not a url', 400],
  ] as const)('refuses %s with %i', (url, status) => {
    expect(resolveAppRequest(url, rendererDir)).toEqual({ ok: false, status });
  });

  it('lets URL parsing fold encoded dot segments before it resolves, so they cannot leave the folder', () => {
    expect(resolveAppRequest('app://dangqi/%2e%2e/%2e%2e/secret.txt', rendererDir)).toMatchObject({
      ok: true,
      file: join(rendererDir, 'secret.txt'),
    });
  });

  it('knows the types the renderer ships and no others', () => {
    expect(mimeTypeOf('a/b/index-abc.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeOf('style.CSS')).toBe('text/css; charset=utf-8');
    expect(mimeTypeOf('font.woff2')).toBe('font/woff2');
    expect(mimeTypeOf('icon.svg')).toBe('image/svg+xml');
    expect(mimeTypeOf('program.exe')).toBeNull();
    expect(mimeTypeOf('README')).toBeNull();
  });
});

describe('serving an app:// request', () => {
  it('answers a file with its bytes, type, CSP and nosniff', async () => {
    const r = await serveAppRequest(APP_INDEX_URL, rendererDir);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(r.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await r.text()).toContain('档期');
    const font = await serveAppRequest('app://dangqi/assets/font.woff2', rendererDir);
    expect(font.headers.get('content-type')).toBe('font/woff2');
    expect(Buffer.from(await font.arrayBuffer())).toEqual(Buffer.from([1, 2, 3]));
  });

  it('answers 404 for a file that is not there or a folder, 403 for a climb or a link out', async () => {
    expect((await serveAppRequest('app://dangqi/assets/missing.js', rendererDir)).status).toBe(404);
    expect((await serveAppRequest('app://dangqi/%2e%2e/secret.txt', rendererDir)).status).toBe(404);
    expect((await serveAppRequest('app://dangqi/assets.js', rendererDir)).status).toBe(404);
    expect((await serveAppRequest('app://dangqi/..%2fsecret.txt', rendererDir)).status).toBe(403);
    const link = await serveAppRequest('app://dangqi/assets/link.txt', rendererDir);
    expect(link.status).toBe(403);
    expect(await link.text()).not.toContain('not for the page');
  });
});
