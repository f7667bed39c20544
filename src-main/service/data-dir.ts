import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** The product's folder name under the OS user-data location, shared by both doors. */
export const APP_FOLDER = 'Dangqi';
export const WORKSPACE_FILE = 'workspace.dangqi-db';

/**
 * Where the workspace lives: `--data-dir DIR` (or `--data-dir=DIR`) wins, then the
 * DANGQI_DATA_DIR environment variable, then the OS user-data folder (what Electron's
 * app.getPath('userData') gives for an app named "Dangqi").
 */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, platform = process.platform): string {
  const fromArg = argValue(argv, '--data-dir');
  if (fromArg) return resolve(fromArg);
  if (env.DANGQI_DATA_DIR) return resolve(env.DANGQI_DATA_DIR);
  return defaultDataDir(env, platform);
}

export function defaultDataDir(env: NodeJS.ProcessEnv, platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_FOLDER);
}

/** `--name value` or `--name=value`; undefined when absent or given without a value. */
export function argValue(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === name) {
      const next = argv[i + 1];
      return next && !next.startsWith('--') ? next : undefined;
    }
    if (a.startsWith(`${name}=`)) return a.slice(name.length + 1) || undefined;
  }
  return undefined;
}
