import { AppError } from '../../src-shared/errors';
import { isAbiMismatch } from './native-binding';

export interface ErrorDialog {
  title: string;
  content: string;
}

/**
 * The dialog shown when the workspace cannot be opened. Both languages, Chinese first: the
 * dialog appears before the UI language is known, and a planner must be able to read it.
 */
export function startupErrorDialog(error: unknown, workspaceFile: string): ErrorDialog {
  const title = '档期无法打开工作区 / Dangqi cannot open the workspace';
  if (error instanceof AppError) {
    return { title, content: `${error.localized['zh-CN']}\n\n${error.localized.en}` };
  }
  const detail = error instanceof Error ? error.message : String(error);
  if (isAbiMismatch(error)) {
    return {
      title,
      content:
        `SQLite 模块不是为 Electron 编译的。请用 npm start 启动（它会自动编译）。\n\n` +
        `The SQLite module was not built for Electron. Start Dangqi with npm start, which builds it.\n\n${detail}`,
    };
  }
  return {
    title,
    content:
      `打开工作区 ${workspaceFile} 时出错：${detail}\n\n` +
      `An error occurred while opening the workspace ${workspaceFile}: ${detail}`,
  };
}
