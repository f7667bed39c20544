import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type BackupInfo, type BackupReason, BackupReason as ReasonSchema } from '../../src-shared/contract-backups';
import { AppError } from '../../src-shared/errors';
import { runCheck } from '../db/safety/check-runner';
import type { CheckReport } from '../db/safety/integrity';
import { writeFileAtomic } from '../files/atomic-write';
import { backupName, backupsToKeep, parseBackupName } from './backup-rotation';
import { faultFromError } from './faults';

export const BACKUP_DIR = 'backups';

/** A backup's copy and check run in a worker; a 100k-activity workspace takes well under this. */
const VERIFY_TIMEOUT_MS = 5 * 60 * 1000;

interface Sidecar {
  createdAt: string;
  reason: BackupReason;
  plans: number | null;
  activities: number | null;
  verified: boolean;
}

export interface BackupManagerOptions {
  dataDir: string;
  /** The workspace file (for fault messages). */
  file: string;
  nativeBinding?: string;
  now?: () => Date;
}

/**
 * The `backups/` folder beside the workspace: makes verified backups one at a time, rotates
 * them, lists them. Each backup is an online backup of the workspace file (online-backup.ts),
 * written under a temporary name and checked (quick_check and the foreign-key check), both in a
 * worker for a large workspace, and only then given its real name, so the folder never holds a
 * half-written or unverified backup under a backup's name.
 */
export class BackupManager {
  readonly dir: string;
  private chain: Promise<unknown> = Promise.resolve();
  private readonly now: () => Date;

  constructor(private readonly options: BackupManagerOptions) {
    this.dir = join(options.dataDir, BACKUP_DIR);
    this.now = options.now ?? (() => new Date());
  }

  /**
   * Backs the workspace up as it is committed now; serialized, so two requests never write at
   * once. Edits go on meanwhile and are not in it (they are in the next one).
   */
  make(reason: BackupReason): Promise<BackupInfo> {
    const run = this.chain.then(() => this.makeNow(reason));
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** Waits for the backup under way, if any (before closing the connection it reads). */
  async idle(): Promise<void> {
    await this.chain;
  }

  private async makeNow(reason: BackupReason): Promise<BackupInfo> {
    try {
      mkdirSync(this.dir, { recursive: true });
      this.removeLeftovers();
      const createdAt = this.uniqueTime();
      const name = backupName(createdAt, reason);
      const tmp = join(this.dir, `.${name}.tmp`);
      const outcome = await runCheck(
        { file: tmp, copyFrom: this.options.file, makeStandalone: true, nativeBinding: this.options.nativeBinding },
        VERIFY_TIMEOUT_MS,
      );
      if (!outcome.ok || !outcome.report.ok) rmSync(tmp, { force: true });
      if (!outcome.ok && !/CORRUPT|NOTADB/.test(outcome.code)) throw copyFailed(outcome);
      if (!outcome.ok || !outcome.report.ok)
        throw backupFailedCheck(this.options.file, outcome.ok ? outcome.report.problems : [outcome.message]);
      renameSync(tmp, join(this.dir, name));
      const info = await this.writeSidecar(name, createdAt, reason, outcome.report);
      this.rotate();
      return info;
    } catch (error) {
      throw faultFromError(error, this.options.dataDir, this.options.file) ?? error;
    }
  }

  /** Every backup, newest first. */
  list(): BackupInfo[] {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return [];
    }
    const out: BackupInfo[] = [];
    for (const name of names) {
      const info = this.describe(name);
      if (info) out.push(info);
    }
    return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /** The backup's file path, or NOT_FOUND for a name that is not a backup in the folder. */
  pathOf(name: string): string {
    if (!parseBackupName(name) || !this.describe(name))
      throw new AppError(
        'NOT_FOUND',
        { 'zh-CN': `找不到备份 ${name}。`, en: `No backup named ${name}.` },
        { what: 'backup', id: name },
      );
    return join(this.dir, name);
  }

  describe(name: string): BackupInfo | null {
    const parsed = parseBackupName(name);
    if (!parsed) return null;
    let sizeBytes: number;
    try {
      sizeBytes = statSync(join(this.dir, name)).size;
    } catch {
      return null;
    }
    const sidecar = readSidecar(join(this.dir, `${name}.json`));
    const reason = ReasonSchema.safeParse(parsed.reason);
    return {
      name,
      createdAt: parsed.createdAt.toISOString(),
      reason: reason.success ? reason.data : 'manual',
      plans: sidecar?.plans ?? null,
      activities: sidecar?.activities ?? null,
      sizeBytes,
      verified: sidecar?.verified ?? false,
    };
  }

  /** Re-checks a backup (one without its sidecar, or before restoring it). */
  async verify(name: string): Promise<{ info: BackupInfo; report: CheckReport | null }> {
    const file = this.pathOf(name);
    const outcome = await runCheck({ file, nativeBinding: this.options.nativeBinding }, VERIFY_TIMEOUT_MS);
    const report = outcome.ok ? outcome.report : null;
    const parsed = parseBackupName(name);
    const reason = ReasonSchema.safeParse(parsed?.reason);
    const info = await this.writeSidecar(
      name,
      parsed?.createdAt ?? this.now(),
      reason.success ? reason.data : 'manual',
      report ?? { ok: false, problems: [], plans: null, activities: null, applicationId: 0, schemaVersion: 0 },
    );
    return { info, report };
  }

  /** The newest backup that passes its check, checking those not yet known to pass. */
  async newestGood(): Promise<BackupInfo | null> {
    for (const b of this.list()) {
      if (b.verified) return b;
      const { info } = await this.verify(b.name);
      if (info.verified) return info;
    }
    return null;
  }

  private async writeSidecar(name: string, createdAt: Date, reason: BackupReason, report: CheckReport) {
    const sidecar: Sidecar = {
      createdAt: createdAt.toISOString(),
      reason,
      plans: report.plans,
      activities: report.activities,
      verified: report.ok,
    };
    await writeFileAtomic(join(this.dir, `${name}.json`), Buffer.from(JSON.stringify(sidecar)));
    const info = this.describe(name);
    if (!info) throw new Error(`backup ${name} vanished after it was written`);
    return info;
  }

  private rotate(): void {
    const all = this.list().map((b) => ({ name: b.name, createdAt: new Date(b.createdAt) }));
    const keep = backupsToKeep(all, this.now());
    for (const b of all) {
      if (keep.has(b.name)) continue;
      rmSync(join(this.dir, b.name), { force: true });
      rmSync(join(this.dir, `${b.name}.json`), { force: true });
    }
  }

  /** A backup interrupted by a crash leaves its temporary file (and maybe its -wal) behind. */
  private removeLeftovers(): void {
    for (const name of readdirSync(this.dir)) {
      if (name.startsWith('.') && name.includes('.tmp')) rmSync(join(this.dir, name), { force: true });
    }
  }

  /** Names are unique to the millisecond; two backups in the same one get the next. */
  private uniqueTime(): Date {
    let at = this.now();
    const taken = new Set(this.list().map((b) => b.createdAt));
    while (taken.has(at.toISOString())) at = new Date(at.getTime() + 1);
    return at;
  }
}

function readSidecar(file: string): Sidecar | null {
  try {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof value !== 'object' || value === null) return null;
    const v = value as Partial<Sidecar>;
    return {
      createdAt: String(v.createdAt ?? ''),
      reason: ReasonSchema.safeParse(v.reason).data ?? 'manual',
      plans: typeof v.plans === 'number' ? v.plans : null,
      activities: typeof v.activities === 'number' ? v.activities : null,
      verified: v.verified === true,
    };
  } catch {
    return null;
  }
}

/** The copy itself failed (disk full, I/O error, busy, timed out): a fault, not damage. */
function copyFailed(outcome: { code: string; message: string }): Error {
  return Object.assign(new Error(`the backup could not be written (${outcome.code}): ${outcome.message}`), {
    code: outcome.code,
  });
}

function backupFailedCheck(file: string, problems: string[]): AppError {
  return new AppError(
    'WORKSPACE_DAMAGED',
    {
      'zh-CN': `刚做的备份没有通过完整性检查，说明工作区 ${file} 可能已损坏。请到“备份与恢复”恢复最近一次通过检查的备份。`,
      en: `The backup just made failed its integrity check, so the workspace ${file} may be damaged. Restore the newest backup that passes its check under "Backups".`,
    },
    { file, problems: problems.slice(0, 10) },
  );
}
