#!/usr/bin/env node
/**
 * Builds better-sqlite3's native addon for Electron's ABI into .cache/electron-native/, leaving
 * node_modules/better-sqlite3 (Node's ABI, needed by Vitest and the browser door) untouched.
 * The Electron door loads the result through openDatabase's `nativeBinding`
 * (see src-main/electron/native-binding.ts, which shares the folder naming).
 *
 * First a prebuilt binary for Electron is fetched (prebuild-install, as better-sqlite3's own
 * install does); if that fails, it is compiled against Electron's headers with node-gyp.
 * Both need the network once; the result is reused until Electron or better-sqlite3 changes.
 *
 *   node scripts/electron-native.mjs   prints the path of the built addon
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** @returns {{ file: string, built: boolean }} the addon path; throws with a readable message on failure. */
export function ensureElectronNative({
  root = ROOT,
  electronVersion = readJson(join(root, 'node_modules/electron/package.json')).version,
  platform = process.platform,
  arch = process.arch,
  log = (line) => console.log(line),
} = {}) {
  const source = join(root, 'node_modules/better-sqlite3');
  const sqliteVersion = readJson(join(source, 'package.json')).version;
  const outDir = join(root, '.cache/electron-native', `${electronVersion}-${platform}-${arch}`);
  const file = join(outDir, 'better_sqlite3.node');
  const stampFile = join(outDir, 'stamp.json');
  const stamp = { electronVersion, platform, arch, betterSqlite3: sqliteVersion };

  if (existsSync(file) && existsSync(stampFile) && JSON.stringify(readJson(stampFile)) === JSON.stringify(stamp)) {
    return { file, built: false };
  }

  log(
    `Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (${platform}-${arch}) in ${relative(root, outDir)}…`,
  );
  // Work on a copy: node-gyp and prebuild-install write into the package's own build/ folder.
  const work = join(root, '.cache/electron-native', `work-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  const pkgDir = join(work, 'better-sqlite3');
  cpSync(source, pkgDir, { recursive: true, filter: (src) => !src.startsWith(join(source, 'build') + sep) });

  const node = (args) => spawnSync(process.execPath, args, { cwd: pkgDir, stdio: 'inherit' }).status === 0;
  const built = join(pkgDir, 'build/Release/better_sqlite3.node');
  const ok =
    node([
      join(root, 'node_modules/prebuild-install/bin.js'),
      '--runtime=electron',
      `--target=${electronVersion}`,
      `--platform=${platform}`,
      `--arch=${arch}`,
    ]) ||
    node([
      join(root, 'node_modules/node-gyp/bin/node-gyp.js'),
      'rebuild',
      '--release',
      '--runtime=electron',
      `--target=${electronVersion}`,
      `--arch=${arch}`,
      '--dist-url=https://electronjs.org/headers',
      `--devdir=${join(root, '.cache/electron-gyp')}`,
    ]);

  try {
    if (!ok || !existsSync(built)) {
      throw new Error(
        `Could not build better-sqlite3 for Electron ${electronVersion}: both the prebuilt download and ` +
          'the node-gyp build against Electron headers failed (they need the network once, and a C++ toolchain for node-gyp).',
      );
    }
    mkdirSync(outDir, { recursive: true });
    copyFileSync(built, file);
    writeFileSync(stampFile, JSON.stringify(stamp));
    return { file, built: true };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    console.log(ensureElectronNative().file);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
