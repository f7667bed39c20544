import type { BackupReason } from '../../src-shared/contract-backups';

/**
 * Backup file names carry their time and reason, so the folder alone says what each file is:
 * `workspace-2026-03-08T09-30-00-000Z-periodic.dangqi-db`.
 */
const NAME = /^workspace-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z-]+)\.dangqi-db$/;

export function backupName(at: Date, reason: BackupReason): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  return `workspace-${stamp}-${reason}.dangqi-db`;
}

export function parseBackupName(name: string): { createdAt: Date; reason: string } | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const createdAt = new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`);
  return Number.isNaN(createdAt.getTime()) ? null : { createdAt, reason: m[6] };
}

export interface RotationPolicy {
  /** The newest N are always kept. */
  keepLast: number;
  /** …plus the newest of each calendar day (local time) for this many days back. */
  dailyDays: number;
}

export const ROTATION: RotationPolicy = { keepLast: 10, dailyDays: 14 };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Which backups stay: the last `keepLast`, and one a day (the day's newest) for `dailyDays`,
 * so a planner can go back to yesterday's or last week's state, not only the last hour's.
 */
export function backupsToKeep(
  backups: readonly { name: string; createdAt: Date }[],
  now: Date,
  policy: RotationPolicy = ROTATION,
): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const keep = new Set(newestFirst.slice(0, policy.keepLast).map((b) => b.name));
  const daysSeen = new Set<string>();
  for (const b of newestFirst) {
    if (now.getTime() - b.createdAt.getTime() >= policy.dailyDays * DAY_MS) break;
    const day = localDay(b.createdAt);
    if (daysSeen.has(day)) continue;
    daysSeen.add(day);
    keep.add(b.name);
  }
  return keep;
}

function localDay(d: Date): string {
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
}
