import { join } from 'node:path';

/**
 * Where scripts/electron-native.mjs leaves better-sqlite3's addon built for Electron's ABI.
 * node_modules keeps Node's build (Vitest and the browser door need it), so the Electron door
 * loads this copy instead. The folder naming is shared with that script; keep the two in step.
 */
export function electronNativeDir(
  projectRoot: string,
  electronVersion: string,
  platform: string,
  arch: string,
): string {
  return join(projectRoot, '.cache', 'electron-native', `${electronVersion}-${platform}-${arch}`);
}

export interface BindingLookup {
  env: Record<string, string | undefined>;
  /** The source checkout (out/main/../..); only meaningful when not packaged. */
  projectRoot: string;
  electronVersion: string;
  platform: string;
  arch: string;
  /** Packaged apps carry a copy electron-builder rebuilt for Electron (npmRebuild), the default path. */
  isPackaged: boolean;
  exists: (file: string) => boolean;
}

/** The addon to pass as openDatabase's nativeBinding, or undefined for better-sqlite3's default. */
export function findNativeBinding(l: BindingLookup): string | undefined {
  const explicit = l.env.DANGQI_SQLITE_BINDING;
  if (explicit) return explicit;
  if (l.isPackaged) return undefined;
  const candidate = join(
    electronNativeDir(l.projectRoot, l.electronVersion, l.platform, l.arch),
    'better_sqlite3.node',
  );
  return l.exists(candidate) ? candidate : undefined;
}

/** better-sqlite3 built for Node loaded into Electron fails with this; worth a hint in the dialog. */
export function isAbiMismatch(error: unknown): boolean {
  return error instanceof Error && /NODE_MODULE_VERSION/.test(error.message);
}
