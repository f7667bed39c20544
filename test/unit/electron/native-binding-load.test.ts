import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../src-main/service/open-workspace';

/**
 * The Electron door loads better-sqlite3's addon from .cache/electron-native/ rather than from
 * node_modules. Electron's ABI cannot be loaded here, so this proves the mechanism with Node's
 * build copied elsewhere: the whole start-up path opens a workspace through `nativeBinding`.
 */
describe('loading the SQLite addon from outside node_modules', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('opens a workspace with an addon at another path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dangqi-native-'));
    dirs.push(dir);
    const require = createRequire(import.meta.url);
    const pkg = dirname(require.resolve('better-sqlite3/package.json'));
    const addon = join(dir, 'better_sqlite3.node');
    copyFileSync(join(pkg, 'build/Release/better_sqlite3.node'), addon);

    const core = await openWorkspace({
      dataDir: join(dir, 'data'),
      door: 'electron',
      version: '0.0.0-test',
      nativeBinding: addon,
    });
    try {
      const info = await core.dispatch('app/info', {});
      expect(info).toMatchObject({ ok: true, value: { door: 'electron' } });
    } finally {
      await core.close();
    }
  });

  it('fails loudly, not silently, when the addon is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dangqi-native-'));
    dirs.push(dir);
    await expect(
      openWorkspace({ dataDir: dir, door: 'electron', version: '0', nativeBinding: join(dir, 'missing.node') }),
    ).rejects.toThrow();
  });
});
