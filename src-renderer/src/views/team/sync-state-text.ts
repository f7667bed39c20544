import type { SyncStatus } from '../../../../src-shared/contract-sync';

/** 已同步 / 离线 / n 项待同步, as the status bar and the team dialog say it. */
export function syncStateText(status: SyncStatus, t: (key: string, options?: { count: number }) => string): string {
  if (status.state === 'synced') return t('app.sync.synced');
  if (status.state === 'offline')
    return status.pending > 0 ? t('app.sync.offlinePending', { count: status.pending }) : t('app.sync.offline');
  return t('app.sync.pending', { count: status.pending });
}
