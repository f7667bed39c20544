import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../src-shared/errors';
import { menuTemplate, pickLocale } from '../../../src-main/electron/menu-template';
import { electronNativeDir, findNativeBinding } from '../../../src-main/electron/native-binding';
import { startupErrorDialog } from '../../../src-main/electron/startup-error';

describe('menu', () => {
  it('follows the OS locale', () => {
    expect(pickLocale(['zh-Hans-CN', 'en-US'])).toBe('zh-CN');
    expect(pickLocale(['en-GB', 'zh-TW'])).toBe('zh-CN');
    expect(pickLocale(['de-DE'])).toBe('en');
    expect(pickLocale([])).toBe('en');
  });

  it('wires Undo/Redo to the workspace history, leaving the shortcut to the renderer', () => {
    const actions = { undo: vi.fn(), redo: vi.fn() };
    const template = menuTemplate({ locale: 'zh-CN', isMac: false, showDevTools: false }, actions);
    const edit = template.find((m) => m.label === '编辑');
    const items = Array.isArray(edit?.submenu) ? edit.submenu : [];
    const undo = items.find((i) => i.id === 'undo');
    const redo = items.find((i) => i.id === 'redo');
    expect(undo).toMatchObject({ label: '撤销', registerAccelerator: false });
    expect(redo).toMatchObject({ label: '重做', registerAccelerator: false });
    type Click = (...args: unknown[]) => void;
    (undo?.click as Click)();
    (redo?.click as Click)();
    expect(actions.undo).toHaveBeenCalledOnce();
    expect(actions.redo).toHaveBeenCalledOnce();
    expect(JSON.stringify(template)).not.toContain('toggleDevTools');
  });

  it('uses the application menu on macOS and English labels elsewhere', () => {
    const mac = menuTemplate({ locale: 'en', isMac: true, showDevTools: true }, { undo() {}, redo() {} });
    expect(mac[0]).toEqual({ role: 'appMenu' });
    expect(mac.map((m) => m.label)).toEqual([undefined, 'Edit', 'View']);
  });
});

describe('start-up error dialog', () => {
  it('shows both languages of an AppError such as NEWER_DATABASE', () => {
    const error = new AppError('NEWER_DATABASE', { 'zh-CN': '数据版本过新', en: 'Written by a newer Dangqi' });
    const { title, content } = startupErrorDialog(error, '/d/workspace.dangqi-db');
    expect(title).toMatch(/档期.*Dangqi/);
    expect(content).toBe('数据版本过新\n\nWritten by a newer Dangqi');
  });

  it('explains an ABI mismatch of the SQLite module', () => {
    const error = new Error('was compiled against a different Node.js version using NODE_MODULE_VERSION 115');
    expect(startupErrorDialog(error, 'f').content).toMatch(/npm start/);
  });
});

describe('native binding lookup', () => {
  const base = {
    env: {},
    projectRoot: '/src/dangqi',
    electronVersion: '39.8.10',
    platform: 'linux',
    arch: 'x64',
    isPackaged: false,
  };
  const built = `${electronNativeDir('/src/dangqi', '39.8.10', 'linux', 'x64')}/better_sqlite3.node`;

  it('prefers an explicit DANGQI_SQLITE_BINDING', () => {
    expect(findNativeBinding({ ...base, env: { DANGQI_SQLITE_BINDING: '/x.node' }, exists: () => false })).toBe(
      '/x.node',
    );
  });

  it('uses the Electron-ABI build from .cache in a source checkout', () => {
    expect(built).toBe('/src/dangqi/.cache/electron-native/39.8.10-linux-x64/better_sqlite3.node');
    expect(findNativeBinding({ ...base, exists: (f) => f === built })).toBe(built);
    expect(findNativeBinding({ ...base, exists: () => false })).toBeUndefined();
  });

  it('leaves a packaged app to its rebuilt node_modules', () => {
    expect(findNativeBinding({ ...base, isPackaged: true, exists: () => true })).toBeUndefined();
  });
});
