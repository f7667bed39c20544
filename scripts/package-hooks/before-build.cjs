/* eslint-disable @typescript-eslint/no-require-imports -- electron-builder loads hook files with require(). */
// electron-builder `beforeBuild`: keep Node's better-sqlite3 build (see node-sqlite-backup.cjs).
// Returning nothing lets electron-builder go on to rebuild for Electron.
exports.default = async function beforeBuild() {
  require('./node-sqlite-backup.cjs').save();
};
