/* eslint-disable @typescript-eslint/no-require-imports -- electron-builder loads hook files with require(). */
/**
 * electron-builder's npmRebuild rebuilds better-sqlite3 in the project's own node_modules for
 * Electron's ABI, which would leave Vitest and the browser door unable to load it after
 * `npm run package`. These hooks keep a copy of Node's build before the rebuild (beforeBuild)
 * and put it back once the installers are written (afterAllArtifactBuild).
 */
const { copyFileSync, existsSync, mkdirSync } = require('node:fs');
const { join } = require('node:path');

const ROOT = join(__dirname, '..', '..');
const LIVE = join(ROOT, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');
const SAVED = join(ROOT, '.cache/node-abi/better_sqlite3.node');

function save() {
  if (!existsSync(LIVE)) return;
  mkdirSync(join(SAVED, '..'), { recursive: true });
  copyFileSync(LIVE, SAVED);
}

function restore() {
  if (existsSync(SAVED)) copyFileSync(SAVED, LIVE);
}

module.exports = { save, restore };
