import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../src-shared/contract';
import type { Result } from '../../../src-shared/errors';
import { eventChannel, invokeChannel } from '../../../src-main/electron/ipc-names';
import { type FakeElectron, createFakeElectron } from './fake-electron';

/**
 * Runs the real src-main/electron/main.ts against a fake `electron` module: what cannot be
 * launched here (no Electron binary) is at least wired correctly.
 */
let fake: FakeElectron;

let dataDir: string;
const savedEnv = process.env.DANGQI_DATA_DIR;

beforeEach(() => {
  vi.resetModules();
  dataDir = mkdtempSync(join(tmpdir(), 'dangqi-main-'));
  process.env.DANGQI_DATA_DIR = dataDir;
});

afterEach(async () => {
  // Close the workspace the way the app does on quit.
  const opened = fake.windows.length > 0;
  for (const listener of fake.appEvents.listeners('will-quit')) listener({ preventDefault: () => {} });
  if (opened) await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalled());
  process.env.DANGQI_DATA_DIR = savedEnv;
  rmSync(dataDir, { recursive: true, force: true });
});

async function startMain(options: { gotLock?: boolean } = {}) {
  fake = createFakeElectron(options);
  vi.doMock('electron', () => fake.module);
  await import('../../../src-main/electron/main');
}

describe('the Electron main process, wired against a fake electron', () => {
  it('opens the workspace in the data folder, registers every channel and opens one hardened window', async () => {
    await startMain();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    expect(fake.app.setPath).toHaveBeenCalledWith('userData', dataDir);
    expect(fake.app.enableSandbox).toHaveBeenCalled();
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual(CHANNELS.map(invokeChannel).sort());

    const win = fake.windows[0];
    // The renderer comes from the privileged app:// scheme, never from file://.
    expect(win.loaded).toBe('app://dangqi/index.html');
    expect(fake.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    const serve = fake.schemes.get('app');
    expect(serve).toBeDefined();
    expect((await serve!({ url: 'app://dangqi/../../package.json' })).ok).toBe(false);
    const prefs = win.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(prefs.preload).toMatch(/preload[/\\]index\.cjs$/);
    expect((prefs.additionalArguments as string[]).join(' ')).toContain('plan/create');
    expect(fake.module.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
  });

  it('serves the window, refuses strangers and forwards changes as events', async () => {
    await startMain();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    const trusted = { senderFrame: fake.windows[0].webContents.mainFrame };
    const plan = { name: '城市推广季', startDate: '2026-04-01', endDate: '2026-05-31' };

    const stranger = { senderFrame: { url: 'https://example.com/', processId: 7, routingId: 1, parent: null } };
    const refused = (await fake.ipcMain.invoke(invokeChannel('plan/create'), stranger, plan)) as Result<unknown>;
    expect(refused).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });

    const created = (await fake.ipcMain.invoke(invokeChannel('plan/create'), trusted, plan)) as Result<unknown>;
    expect(created.ok).toBe(true);
    expect(fake.sent.map(([c]) => c)).toEqual([eventChannel('workspace/changed')]);

    const info = (await fake.ipcMain.invoke(invokeChannel('app/info'), trusted, {})) as Result<unknown>;
    expect(info).toMatchObject({ ok: true, value: { door: 'electron', dataDir } });
  });

  it('undoes through the menu', async () => {
    await startMain();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    const trusted = { senderFrame: fake.windows[0].webContents.mainFrame };
    await fake.ipcMain.invoke(invokeChannel('plan/create'), trusted, {
      name: 'x',
      startDate: '2026-01-01',
      endDate: '2026-01-02',
    });
    const edit = fake.menu()[1] as { label: string; submenu: { id?: string; click?: () => void }[] };
    expect(edit.label).toBe('编辑');
    edit.submenu.find((i) => i.id === 'undo')?.click?.();
    await vi.waitFor(() => expect(fake.sent).toHaveLength(2));
    const list = (await fake.ipcMain.invoke(invokeChannel('plan/list'), trusted, {})) as Result<unknown[]>;
    expect(list).toEqual({ ok: true, value: [] });
  });

  it('refuses a workspace from a newer Dangqi with a bilingual dialog and leaves the file untouched', async () => {
    const file = join(dataDir, 'workspace.dangqi-db');
    const db = new BetterSqlite3(file);
    db.pragma('application_id = 1146159105'); // 0x44510001, see open-database.ts
    db.pragma('user_version = 999');
    db.close();
    const before = readFileSync(file);

    await startMain();
    await vi.waitFor(() => expect(fake.app.exit).toHaveBeenCalledWith(1));
    const [title, content] = fake.module.dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(title).toMatch(/档期.*Dangqi/);
    expect(content).toMatch(/更新版本/);
    expect(content).toMatch(/newer Dangqi/);
    expect(fake.windows).toHaveLength(0);
    expect(fake.ipcMain.handlers.size).toBe(0);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a file that is not a workspace', async () => {
    writeFileSync(join(dataDir, 'workspace.dangqi-db'), 'this is a spreadsheet, not a database');
    await startMain();
    await vi.waitFor(() => expect(fake.app.exit).toHaveBeenCalledWith(1));
    expect(String(fake.module.dialog.showErrorBox.mock.calls[0][1])).toMatch(/不是档期工作区/);
  });

  it('explains an unusable data folder instead of crashing', async () => {
    const blocker = join(dataDir, 'a-file');
    writeFileSync(blocker, '');
    process.env.DANGQI_DATA_DIR = join(blocker, 'data');
    await startMain();
    expect(fake.app.exit).toHaveBeenCalledWith(1);
    expect(fake.module.dialog.showErrorBox).toHaveBeenCalledOnce();
    expect(fake.app.requestSingleInstanceLock).not.toHaveBeenCalled();
  });

  it('a second instance quits at once and leaves the first to focus its window', async () => {
    await startMain({ gotLock: false });
    expect(fake.app.quit).toHaveBeenCalled();
    await new Promise((r) => setTimeout(r, 50));
    expect(fake.windows).toHaveLength(0);
  });
});
