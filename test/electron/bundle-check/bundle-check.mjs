/**
 * Where Electron itself cannot run, checks the BUILT main process (out/main/index.js) and
 * preload (out/preload/index.cjs) against a stand-in electron module: the bundle loads as
 * Node would load it in Electron, finds its preload and renderer, opens the workspace in
 * --data-dir, registers the contract channels with the sender check, and closes on quit.
 * This is not the Electron smoke test: no window, no Chromium, no sandbox.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { register } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '../../..');
register('./resolve-hooks.mjs', import.meta.url);
const { state, emitApp } = await import('./stand-in-electron.mjs');

const dataDir = mkdtempSync(join(tmpdir(), 'dangqi-bundle-'));
process.argv.push('--data-dir', dataDir);
try {
  await import(pathToFileURL(join(ROOT, 'out/main/index.js')).href);
  for (let i = 0; i < 100 && state.windows.length === 0 && state.exitCode === null; i++)
    await new Promise((r) => setTimeout(r, 50));
  assert.equal(state.exitCode, null, `main exited: ${JSON.stringify(state.dialogs)}`);
  assert.equal(state.windows.length, 1, 'one window');
  assert.equal(state.paths.get('userData'), dataDir);
  assert.ok(existsSync(join(dataDir, 'workspace.dangqi-db')), 'workspace file in --data-dir');

  const win = state.windows[0];
  const prefs = win.options.webPreferences;
  // The renderer is loaded from app:// and served, through the registered handler, from the build.
  assert.equal(win.loaded, 'app://dangqi/index.html');
  assert.deepEqual(
    state.privilegedSchemes.map((s) => s.scheme),
    ['app'],
  );
  const index = await state.schemes.get('app')({ url: win.loaded });
  assert.equal(index.status, 200, 'the built index.html is served');
  assert.match(await index.text(), /<script/);
  assert.equal((await state.schemes.get('app')({ url: 'app://dangqi/..%2f..%2fpackage.json' })).status, 403);
  assert.ok(existsSync(prefs.preload), `preload ${prefs.preload} exists`);
  assert.deepEqual(
    [...readFileSync(prefs.preload, 'utf8').matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]),
    ['electron'],
  );
  assert.equal(prefs.sandbox && prefs.contextIsolation && !prefs.nodeIntegration, true);

  const channels = prefs.additionalArguments
    .find((a) => a.startsWith('--dangqi-channels='))
    .split('=')[1]
    .split(',');
  assert.deepEqual([...state.handlers.keys()].sort(), channels.map((c) => `dangqi:${c}`).sort());

  const call = (frame, channel, args) => state.handlers.get(`dangqi:${channel}`)({ senderFrame: frame }, args);
  const ours = win.webContents.mainFrame;
  const plan = { name: 'bundle check', startDate: '2026-01-01', endDate: '2026-01-31' };
  assert.equal((await call({ ...ours, url: 'https://example.com/' }, 'plan/create', plan)).error.code, 'UNAUTHORIZED');
  assert.equal((await call(ours, 'plan/create', { name: 1 })).error.code, 'VALIDATION');
  assert.equal((await call(ours, 'plan/create', plan)).ok, true);
  assert.deepEqual(
    state.sent.map(([c]) => c),
    ['dangqi-event:workspace/changed'],
  );

  emitApp('will-quit', { preventDefault() {} });
  for (let i = 0; i < 40 && !state.quit; i++) await new Promise((r) => setTimeout(r, 50));
  assert.equal(state.quit, true, 'quits after closing the workspace');
  console.log('Built-bundle wiring check (stand-in electron module; no window, no Chromium): passed');
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
