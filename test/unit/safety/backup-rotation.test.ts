import { describe, expect, it } from 'vitest';
import { backupName, backupsToKeep, parseBackupName } from '../../../src-main/service/backup-rotation';

const HOUR = 60 * 60 * 1000;

describe('backup rotation', () => {
  it('names carry time and reason, and read back', () => {
    const at = new Date('2026-03-08T09:30:00.123Z');
    const name = backupName(at, 'large-change');
    expect(name).toBe('workspace-2026-03-08T09-30-00-123Z-large-change.dangqi-db');
    expect(parseBackupName(name)).toEqual({ createdAt: at, reason: 'large-change' });
    expect(parseBackupName('workspace.dangqi-db')).toBeNull();
    expect(parseBackupName('../workspace-2026-03-08T09-30-00-123Z-x.dangqi-db')).toBeNull();
  });

  it('keeps the last 10 and the newest of each day for 14 days, nothing older', () => {
    const now = new Date('2026-03-31T12:00:00Z');
    // One backup every 4 hours for 30 days: 180 backups.
    const backups = Array.from({ length: 180 }, (_, i) => {
      const createdAt = new Date(now.getTime() - i * 4 * HOUR);
      return { name: `b${i}`, createdAt };
    });
    const keep = backupsToKeep(backups, now);
    for (let i = 0; i < 10; i++) expect(keep.has(`b${i}`)).toBe(true);
    const old = backups.filter((b) => now.getTime() - b.createdAt.getTime() >= 14 * 24 * HOUR);
    expect(old.some((b) => keep.has(b.name))).toBe(false);
    // Every day of the last 14 that has a backup keeps exactly its newest one (plus the last 10).
    const days = new Map<string, string[]>();
    for (const b of backups.filter((b) => !old.includes(b))) {
      const d = b.createdAt.toLocaleDateString('en-CA');
      days.set(d, [...(days.get(d) ?? []), b.name]);
    }
    for (const names of days.values()) expect(keep.has(names[0])).toBe(true);
    expect(keep.size).toBeLessThanOrEqual(10 + 15);
    expect(keep.size).toBeGreaterThanOrEqual(14);
  });

  it('keeps everything when there are few', () => {
    const now = new Date('2026-03-31T12:00:00Z');
    const backups = [0, 1, 2].map((i) => ({ name: `b${i}`, createdAt: new Date(now.getTime() - i * 90 * 24 * HOUR) }));
    expect([...backupsToKeep(backups, now)].sort()).toEqual(['b0', 'b1', 'b2']);
  });
});
