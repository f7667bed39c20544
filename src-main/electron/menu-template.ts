import type { MenuItemConstructorOptions } from 'electron';

export type UiLocale = 'zh-CN' | 'en';

/** Chinese UI for any Chinese OS locale (zh, zh-CN, zh-TW, zh-Hans…), English otherwise. */
export function pickLocale(osLocales: readonly string[]): UiLocale {
  return osLocales.some((l) => l.toLowerCase().startsWith('zh')) ? 'zh-CN' : 'en';
}

const LABELS = {
  'zh-CN': {
    file: '文件',
    quit: '退出',
    edit: '编辑',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    view: '视图',
    reload: '重新载入',
    devTools: '开发者工具',
    zoomIn: '放大',
    zoomOut: '缩小',
    resetZoom: '实际大小',
    fullscreen: '全屏',
  },
  en: {
    file: 'File',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    reload: 'Reload',
    devTools: 'Developer Tools',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    resetZoom: 'Actual Size',
    fullscreen: 'Full Screen',
  },
} as const;

export interface MenuActions {
  /** Workspace undo/redo through the contract's history channels. */
  undo(): void;
  redo(): void;
}

export interface MenuOptions {
  locale: UiLocale;
  isMac: boolean;
  showDevTools: boolean;
}

/**
 * A minimal menu. Undo/Redo act on the workspace history (every edit is undoable in main), but
 * their shortcuts are shown, not registered: the renderer owns Ctrl+Z so that inside a text field
 * it still undoes typing, and a shortcut never fires twice.
 */
export function menuTemplate(options: MenuOptions, actions: MenuActions): MenuItemConstructorOptions[] {
  const t = LABELS[options.locale];
  const edit: MenuItemConstructorOptions = {
    label: t.edit,
    submenu: [
      {
        id: 'undo',
        label: t.undo,
        accelerator: 'CmdOrCtrl+Z',
        registerAccelerator: false,
        click: () => actions.undo(),
      },
      {
        id: 'redo',
        label: t.redo,
        accelerator: 'CmdOrCtrl+Shift+Z',
        registerAccelerator: false,
        click: () => actions.redo(),
      },
      { type: 'separator' },
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { role: 'selectAll', label: t.selectAll },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: t.view,
    submenu: [
      { role: 'reload', label: t.reload },
      ...(options.showDevTools ? [{ role: 'toggleDevTools', label: t.devTools } as const] : []),
      { type: 'separator' },
      { role: 'zoomIn', label: t.zoomIn },
      { role: 'zoomOut', label: t.zoomOut },
      { role: 'resetZoom', label: t.resetZoom },
      { role: 'togglefullscreen', label: t.fullscreen },
    ],
  };
  // macOS puts Quit in the application menu; elsewhere it lives under File.
  const first: MenuItemConstructorOptions = options.isMac
    ? { role: 'appMenu' }
    : { label: t.file, submenu: [{ role: 'quit', label: t.quit }] };
  return [first, edit, view];
}
