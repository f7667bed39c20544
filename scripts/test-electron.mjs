#!/usr/bin/env node
/**
 * `npm run test:electron`: the Electron smoke test (test/electron/smoke.ts, Playwright's
 * `_electron`). It needs the real Electron binary; where that is absent it says so plainly and
 * succeeds, so the rest of the suite still gates. It is never silently skipped. Without the
 * binary, the built bundle's wiring is still checked against a stand-in electron module.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronEnv, findElectronBinary } from './electron-binary.mjs';
import { ensureElectronNative } from './electron-native.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const electron = findElectronBinary();
const run = (args, env) => spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env }).status ?? 1;

if (!electron) {
  console.log('Electron binary not installed: Electron smoke test NOT run');
  // What can still be checked without Electron: the built main bundle's wiring, against a
  // stand-in electron module (no window, no Chromium). Only when a build exists to check.
  if (!existsSync(join(ROOT, 'out/main/index.js'))) process.exit(0);
  process.exit(run([join(ROOT, 'test/electron/bundle-check/bundle-check.mjs')], process.env));
}

if (!process.argv.includes('--no-build')) {
  const status = run([join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], process.env);
  if (status !== 0) process.exit(status);
}
const binding = ensureElectronNative().file;
process.exit(
  run(
    ['--import', 'tsx', join(ROOT, 'test/electron/smoke.ts')],
    electronEnv({ DANGQI_SQLITE_BINDING: binding, DANGQI_ELECTRON_PATH: electron }),
  ),
);
