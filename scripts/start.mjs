#!/usr/bin/env node
/**
 * `npm start [-- --data-dir DIR]`: builds, then opens the Electron window. Where the Electron
 * binary is not installed, the same app is served through the browser door instead (the host
 * prints the URL to open). Arguments are passed through to either door.
 */
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronEnv, findElectronBinary } from './electron-binary.mjs';
import { ensureElectronNative } from './electron-native.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

// Quiet build: a newcomer should see the one line that matters (the window, or the URL);
// errors still print.
console.log('Building Dangqi…');
const build = spawnSync(
  process.execPath,
  [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--logLevel', 'error'],
  { cwd: ROOT, stdio: 'inherit' },
);
if (build.status !== 0) process.exit(build.status ?? 1);

const electron = findElectronBinary();
let child;
if (electron) {
  let binding;
  try {
    binding = ensureElectronNative().file;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    console.log(
      'Electron cannot load SQLite without that build; serving the same app through the browser door instead.',
    );
  }
  if (binding) {
    child = spawn(electron, ['.', ...args], {
      cwd: ROOT,
      stdio: 'inherit',
      env: electronEnv({ DANGQI_SQLITE_BINDING: binding }),
    });
  }
} else {
  console.log(
    'Electron binary is not installed (node_modules/electron/dist is missing); serving the same app through the browser door instead.',
  );
}
child ??= spawn(process.execPath, [join(ROOT, 'out/main/host.js'), ...args], { cwd: ROOT, stdio: 'inherit' });

// Ctrl+C reaches the child through the terminal; a plain kill of this script is passed on.
for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
process.on('SIGINT', () => {});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
