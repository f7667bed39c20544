import { existsSync } from 'node:fs';
import { AppError } from '../../src-shared/errors';

/**
 * Turns what the disk and SQLite say into errors a planner can act on: what happened, that the
 * last edit was NOT saved (SQLite rolled its transaction back whole), and what to do. SQLite
 * keeps working once the cause is gone (space freed, drive back), so nothing needs restarting
 * unless a message says so.
 */
export function faultFromError(error: unknown, dataDir: string, file: string): AppError | null {
  if (error instanceof AppError) return null;
  const code = String((error as { code?: unknown }).code ?? '');
  if (!existsSync(dataDir) || !existsSync(file)) return dataFolderGone(dataDir);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return diskFull(dataDir, code);
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES') return readOnly(dataDir, code);
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') return ioError(dataDir, code);
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return damagedWhileOpen(file, code);
  return null;
}

export function dataFolderGone(dataDir: string): AppError {
  return new AppError(
    'DATA_FOLDER_GONE',
    {
      'zh-CN': `数据文件夹 ${dataDir} 不见了（被移动、删除，或所在的移动硬盘已拔出）。刚才的修改没有保存。请把文件夹放回原处或重新接上硬盘后再试；如果找不回来，重新启动档期并在“备份与恢复”中恢复最近的备份。`,
      en: `The data folder ${dataDir} has disappeared (moved, deleted, or its drive was unplugged). Your last edit was NOT saved. Put the folder back or reconnect the drive, then try again; if it cannot be found, restart Dangqi and restore the newest backup under "Backups".`,
    },
    { dataDir },
  );
}

export function diskFull(dataDir: string, code: string): AppError {
  return new AppError(
    'DISK_FULL',
    {
      'zh-CN': `磁盘已满，刚才的修改没有保存（${dataDir}）。请删除一些文件腾出空间后再试一次；已保存的内容都在，不受影响。`,
      en: `The disk is full, so your last edit was NOT saved (${dataDir}). Free some space and try again; everything saved before is intact.`,
    },
    { dataDir, code },
  );
}

export function readOnly(dataDir: string, code: string): AppError {
  return new AppError(
    'READ_ONLY',
    {
      'zh-CN': `数据文件夹 ${dataDir} 只读，刚才的修改没有保存。请检查文件夹或磁盘的写入权限（或把数据文件夹移到可写的位置）后重新打开档期。`,
      en: `The data folder ${dataDir} is read-only, so your last edit was NOT saved. Check the folder's or disk's write permission (or move the data folder somewhere writable), then open Dangqi again.`,
    },
    { dataDir, code },
  );
}

export function ioError(dataDir: string, code: string): AppError {
  return new AppError(
    'IO_ERROR',
    {
      'zh-CN': `读写磁盘时出错（${code}），刚才的修改没有保存。请检查磁盘或移动硬盘的连接后再试；如果反复出现，请在“备份与恢复”中立即备份，并检查磁盘。`,
      en: `The disk failed to read or write (${code}), so your last edit was NOT saved. Check the disk or its connection and try again; if it keeps happening, make a backup now under "Backups" and have the disk checked.`,
    },
    { dataDir, code },
  );
}

export function damagedWhileOpen(file: string, code: string): AppError {
  return new AppError(
    'WORKSPACE_DAMAGED',
    {
      'zh-CN': `工作区 ${file} 读到了损坏的数据（${code}），刚才的操作没有完成。请到“备份与恢复”恢复最近一次通过检查的备份。`,
      en: `The workspace ${file} returned damaged data (${code}); the operation did not complete. Restore the newest backup that passes its check under "Backups".`,
    },
    { file, code },
  );
}
