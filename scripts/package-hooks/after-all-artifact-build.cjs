/* eslint-disable @typescript-eslint/no-require-imports -- electron-builder loads hook files with require(). */
// electron-builder `afterAllArtifactBuild`: put Node's better-sqlite3 build back for the tests.
exports.default = async function afterAllArtifactBuild() {
  require('./node-sqlite-backup.cjs').restore();
  return [];
};
