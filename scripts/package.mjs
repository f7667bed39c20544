#!/usr/bin/env node
/**
 * `npm run package`: builds, then packs installers with electron-builder. electron-builder needs
 * the Electron binary of this platform (and downloads the others' from GitHub); where it is missing
 * and cannot be fetched, this says so in plain words before electron-builder fails deep inside.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electron-binary.mjs';
import { fetchElectronBinary } from './fetch-electron.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

if (!findElectronBinary() && !(await fetchElectronBinary())) {
  console.error(
    [
      'Packaging needs the Electron binary, and this machine could not fetch it from GitHub.',
      'On a machine that reaches github.com, run `npm install` and then `npm run package` again;',
      'or point ELECTRON_MIRROR at a mirror this machine reaches (see @electron/get).',
      'Nothing was packaged. The browser door (`npm start`) works without Electron.',
    ].join('\n'),
  );
  process.exit(1);
}

for (const [bin, args] of [
  ['node_modules/electron-vite/bin/electron-vite.js', ['build']],
  ['node_modules/electron-builder/cli.js', process.argv.slice(2)],
]) {
  const run = spawnSync(process.execPath, [join(ROOT, bin), ...args], { cwd: ROOT, stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
