/**
 * Where the Electron executable is, or null. The electron package's index.js throws when its
 * binary was never downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD=1, or no network at install time).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export function findElectronBinary() {
  try {
    const path = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** The environment for a child Electron: never as plain Node, whatever the parent was told. */
export function electronEnv(extra = {}) {
  const env = { ...process.env, ...extra };
  delete env.ELECTRON_RUN_AS_NODE;
  return env;
}
