#!/usr/bin/env node
/**
 * `npm start [-- --data-dir DIR] [-- --browser] [-- --no-open]`: builds, then opens the Electron
 * window. The Electron binary is fetched on the first start (npm install does not download it, so
 * installing works on machines that reach the npm registry but not GitHub). Where it cannot be
 * fetched or run, the same app is served through the browser door and opened in the system's
 * browser; the URL is printed either way. Other arguments are passed through to either door.
 *
 *   --browser   serve the browser door even where Electron is installed
 *   --no-open   print the browser door's URL without opening a browser
 */
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronEnv, findElectronBinary } from './electron-binary.mjs';
import { ensureElectronNative } from './electron-native.mjs';
import { fetchElectronBinary } from './fetch-electron.mjs';
import { openInBrowser } from './open-browser.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ownFlags = new Set(['--browser', '--no-open']);
const argv = process.argv.slice(2);
const args = argv.filter((a) => !ownFlags.has(a));
const wantsBrowser = argv.includes('--browser');
const mayOpen = !argv.includes('--no-open');

// Quiet build: a newcomer should see the one line that matters (the window, or the URL);
// errors still print.
console.log('Building Dangqi…');
const build = spawnSync(
  process.execPath,
  [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--logLevel', 'error'],
  { cwd: ROOT, stdio: 'inherit' },
);
if (build.status !== 0) process.exit(build.status ?? 1);

const child = (wantsBrowser ? null : await startElectron()) ?? startBrowserDoor();

// Ctrl+C reaches the child through the terminal; a plain kill of this script is passed on.
for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
process.on('SIGINT', () => {});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

async function startElectron() {
  let electron = findElectronBinary();
  if (!electron && (await fetchElectronBinary())) electron = findElectronBinary();
  if (!electron) {
    console.log('No Electron binary: serving the same app through the browser door instead.');
    return null;
  }
  let binding;
  try {
    binding = ensureElectronNative().file;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    console.log(
      'Electron cannot load SQLite without that build; serving the same app through the browser door instead.',
    );
    return null;
  }
  return spawn(electron, ['.', ...args], {
    cwd: ROOT,
    stdio: 'inherit',
    env: electronEnv({ DANGQI_SQLITE_BINDING: binding }),
  });
}

function startBrowserDoor() {
  const host = spawn(process.execPath, [join(ROOT, 'out/main/host.js'), ...args], {
    cwd: ROOT,
    stdio: ['inherit', 'pipe', 'inherit'],
  });
  let opened = false;
  host.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    const url = /https?:\/\/127\.0\.0\.1:\d+\/\S*/.exec(String(chunk))?.[0];
    if (url && !opened && mayOpen) {
      opened = true;
      openInBrowser(url);
    }
  });
  return host;
}
