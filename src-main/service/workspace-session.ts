import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHANNELS, type Channel, type AppInfo, type Handlers, events } from '../../src-shared/contract';
import type { BackupInfo, WorkspaceStatus } from '../../src-shared/contract-backups';
import { AppError, type LocalizedText } from '../../src-shared/errors';
import { type OpenedDatabase, openDatabase } from '../db/open-database';
import { runCheck } from '../db/safety/check-runner';
import { probeWorkspaceFile } from '../db/safety/file-probe';
import { writeFileAtomic } from '../files/atomic-write';
import { BackupManager } from './backups';
import { type EventSink, subscribeEvents } from './event-feed';
import { dataFolderGone, faultFromError } from './faults';
import { WORKSPACE_FILE } from './data-dir';
import { type SafetyHandlers, createPlanService } from './plan-service';
import { damageMessage, readOnlyBanner, restoreRefused, salvageRefused } from './safety-messages';
import { salvageWorkspace } from './salvage';
import { Workspace } from './workspace';

export interface SessionOptions {
  dataDir: string;
  file: string;
  door: AppInfo['door'];
  version: string;
  nativeBinding?: string;
  /** The folder cannot be written: open read-only (no lock, no backups, no migrations). */
  readOnly: boolean;
  log: (message: string, error?: unknown) => void;
  /** Time bound of the check at open; past it the workspace opens and the periodic check follows. */
  openCheckTimeoutMs?: number;
  /** A backup after this much time with edits (15 minutes). */
  backupEveryMs?: number;
  /** quick_check of the live workspace this often (30 minutes). */
  checkEveryMs?: number;
  /** An import or template apply writing more rows than this is preceded by a backup. */
  largeChangeRows?: number;
}

type OpenState = {
  mode: 'normal' | 'read-only';
  opened: OpenedDatabase;
  workspace: Workspace;
  handlers: Handlers;
  detach: () => void;
};
type State = OpenState | { mode: 'damaged'; message: LocalizedText } | { mode: 'closed' };

/** Channels a damaged workspace still answers: enough to see what happened and restore a backup. */
const RECOVERY_CHANNELS = new Set<Channel>([
  'app/info',
  'workspace/status',
  'backup/list',
  'backup/restore',
  'workspace/salvage',
]);

/**
 * The open workspace as both doors see it: one stable `dispatch` whose workspace underneath can be
 * opened, found damaged, restored from a backup and reopened without the door noticing. It makes
 * the automatic backups (at open, before large changes, every 15 minutes of editing), runs the
 * periodic integrity check, and names disk faults (faults.ts) instead of answering INTERNAL.
 */
export class WorkspaceSession {
  readonly backups: BackupManager;
  readonly handlers: Handlers;
  private state: State = { mode: 'closed' };
  private sinks = new Set<EventSink>();
  private gate: Promise<unknown> = Promise.resolve();
  private timers: NodeJS.Timeout[] = [];
  private lastBackupAt = Date.now();
  private editedSinceBackup = false;
  /** Read-only mode: the private copy's folder, removed at close. */
  private viewDir: string | null = null;

  constructor(private readonly options: SessionOptions) {
    this.backups = new BackupManager({
      dataDir: options.dataDir,
      file: options.file,
      nativeBinding: options.nativeBinding,
    });
    this.handlers = this.routingHandlers();
  }

  get workspace(): Workspace {
    if (this.state.mode === 'normal' || this.state.mode === 'read-only') return this.state.workspace;
    throw new Error(`the workspace is ${this.state.mode}`);
  }

  status(newestGoodBackup: BackupInfo | null = null): WorkspaceStatus {
    const s = this.state;
    const message =
      s.mode === 'damaged' ? s.message : s.mode === 'read-only' ? readOnlyBanner(this.options.dataDir) : null;
    const mode = s.mode === 'closed' ? 'damaged' : s.mode;
    return { mode, message, backupDir: this.backups.dir, newestGoodBackup };
  }

  /** Events of whichever workspace is open now, and of the ones opened after a restore. */
  subscribe(sink: EventSink): () => void {
    this.sinks.add(sink);
    return () => this.sinks.delete(sink);
  }

  /** Opens (or reopens) the workspace file: probe, time-bounded check, open, backup, timers. */
  async start(): Promise<void> {
    const { file } = this.options;
    // SQLite cannot open a WAL workspace in a folder it cannot write (no -shm): a read-only folder
    // is viewed through a private copy, which also replays a -wal a crash left there.
    const source = this.options.readOnly ? this.copyForViewing() : file;
    const probe = probeWorkspaceFile(source);
    if (probe.kind === 'damaged') return this.enterDamaged(damageMessage(file, probe.damage, []));
    if (probe.kind === 'sqlite') {
      const outcome = await runCheck(
        { file: source, nativeBinding: this.options.nativeBinding },
        this.options.openCheckTimeoutMs ?? 20_000,
      );
      if (outcome.ok && !outcome.report.ok)
        return this.enterDamaged(damageMessage(file, 'check-failed', outcome.report.problems));
      if (!outcome.ok && /CORRUPT|NOTADB/.test(outcome.code))
        return this.enterDamaged(damageMessage(file, 'check-failed', [outcome.message]));
      if (!outcome.ok) this.options.log(`integrity check at open did not finish (${outcome.code}): ${outcome.message}`);
    }
    const existed = probe.kind === 'sqlite';
    let opened: OpenedDatabase;
    try {
      opened = await openDatabase(source, {
        nativeBinding: this.options.nativeBinding,
        readOnly: this.options.readOnly,
        // A migration rewrites tables: the state before it is kept first, whatever happens next.
        beforeMigrations: async (_raw, pending) => {
          if (existed && pending) await this.backups.make('migration');
        },
      });
    } catch (error) {
      if (error instanceof AppError && error.code === 'WORKSPACE_DAMAGED')
        return this.enterDamaged(damageMessage(file, 'check-failed', [error.message]));
      throw faultFromError(error, this.options.dataDir, file) ?? error;
    }
    this.enterOpen(opened);
    if (existed && !this.options.readOnly) this.backgroundBackup('open');
  }

  private copyForViewing(): string {
    this.viewDir ??= mkdtempSync(join(tmpdir(), 'dangqi-read-only-'));
    const copy = join(this.viewDir, WORKSPACE_FILE);
    for (const suffix of ['', '-wal']) {
      if (existsSync(this.options.file + suffix)) copyFileSync(this.options.file + suffix, copy + suffix);
    }
    return copy;
  }

  private enterOpen(opened: OpenedDatabase): void {
    const workspace = new Workspace(opened.db);
    const mode = this.options.readOnly ? 'read-only' : 'normal';
    workspace.setLargeChangeHook((rows) => this.beforeLargeChange(rows));
    const handlers = createPlanService(
      workspace,
      { version: this.options.version, door: this.options.door, dataDir: this.options.dataDir },
      this.safetyHandlers(),
    );
    const offFeed = subscribeEvents(workspace, (name, payload) => this.sinks.forEach((s) => s(name, payload)));
    const offEdits = workspace.onChange(() => {
      this.editedSinceBackup = true;
    });
    this.state = { mode, opened, workspace, handlers, detach: () => (offFeed(), offEdits()) };
    this.lastBackupAt = Date.now();
    this.editedSinceBackup = false;
    if (mode === 'normal') this.startTimers();
  }

  private enterDamaged(message: LocalizedText): void {
    this.state = { mode: 'damaged', message };
    this.options.log(`workspace damaged: ${message.en}`);
  }

  /** Called by import and template handlers before writing `rows` rows in one edit. */
  async beforeLargeChange(rows: number): Promise<void> {
    if (rows <= (this.options.largeChangeRows ?? 300) || this.state.mode !== 'normal') return;
    await this.backups.make('large-change').then(
      () => this.markBackedUp(),
      (error: unknown) => this.options.log('backup before a large change failed', error),
    );
  }

  private backgroundBackup(reason: 'open' | 'periodic'): void {
    if (this.state.mode !== 'normal') return;
    this.backups.make(reason).then(
      () => this.markBackedUp(),
      (error: unknown) => this.options.log(`${reason} backup failed`, error),
    );
  }

  private markBackedUp(): void {
    this.lastBackupAt = Date.now();
    this.editedSinceBackup = false;
  }

  private startTimers(): void {
    const every = this.options.backupEveryMs ?? 15 * 60_000;
    const backupTick = setInterval(
      () => {
        if (this.editedSinceBackup && Date.now() - this.lastBackupAt >= every) this.backgroundBackup('periodic');
      },
      Math.min(60_000, Math.max(10, every / 4)),
    );
    const checkTick = setInterval(() => void this.periodicCheck(), this.options.checkEveryMs ?? 30 * 60_000);
    for (const t of [backupTick, checkTick]) t.unref();
    this.timers.push(backupTick, checkTick);
  }

  private stopTimers(): void {
    this.timers.splice(0).forEach(clearInterval);
  }

  /** quick_check of the live file in a worker; damage found while open stops all editing. */
  async periodicCheck(): Promise<void> {
    if (this.state.mode !== 'normal') return;
    const outcome = await runCheck({ file: this.options.file, nativeBinding: this.options.nativeBinding }, 10 * 60_000);
    const problems = outcome.ok
      ? outcome.report.problems
      : /CORRUPT|NOTADB/.test(outcome.code)
        ? [outcome.message]
        : [];
    if (problems.length === 0) return;
    await this.exclusive(async () => {
      await this.closeCurrent();
      this.enterDamaged(damageMessage(this.options.file, 'check-failed', problems));
    });
    this.emitStatus();
  }

  /** Replaces the workspace by a backup that passes its check; the current one is kept first. */
  async restore(name: string): Promise<{ restored: BackupInfo; keptAs: BackupInfo | null }> {
    const result = await this.exclusive(async () => {
      const { file, dataDir } = this.options;
      if (this.state.mode === 'read-only') throw restoreRefused(dataDir);
      const source = this.backups.pathOf(name);
      const { info } = await this.backups.verify(name);
      if (!info.verified) throw damageMessageError(source);
      let keptAs: BackupInfo | null = null;
      if (this.state.mode === 'normal') keptAs = await this.backups.make('restore');
      else keepDamagedCopy(file, this.backups.dir);
      await this.closeCurrent();
      try {
        const bytes = readFileSync(source);
        // A leftover -wal would be replayed onto the restored file: it belongs to the old one.
        for (const suffix of ['-wal', '-shm']) rmSync(file + suffix, { force: true });
        await writeFileAtomic(file, bytes);
      } catch (error) {
        // Nothing was replaced (the write is atomic): reopen what was there and say why.
        await this.start();
        throw faultFromError(error, dataDir, file) ?? error;
      }
      await this.start();
      return { restored: info, keptAs };
    });
    this.emitStatus();
    return result;
  }

  async close(): Promise<void> {
    await this.exclusive(() => this.closeCurrent());
    this.state = { mode: 'closed' };
    if (this.viewDir) rmSync(this.viewDir, { recursive: true, force: true });
  }

  private async closeCurrent(): Promise<void> {
    this.stopTimers();
    await this.backups.idle();
    const s = this.state;
    if (s.mode === 'normal' || s.mode === 'read-only') {
      s.detach();
      await s.opened.close();
    }
    this.state = { mode: 'closed' };
  }

  /** Runs `work` with every channel call held back until it is done. */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.gate.then(work);
    this.gate = run.catch(() => undefined);
    return run;
  }

  private emitStatus(): void {
    const parsed = events['workspace/status'].safeParse(this.status());
    if (parsed.success) this.sinks.forEach((s) => s('workspace/status', parsed.data));
  }

  /** The backup channels, implemented here because they outlive any one opened workspace. */
  private safetyHandlers(): SafetyHandlers {
    return {
      'workspace/status': async () =>
        this.status(this.state.mode === 'damaged' ? await this.backups.newestGood() : null),
      'backup/list': () => ({ dir: this.backups.dir, backups: this.backups.list() }),
      'backup/create': async () => {
        if (this.state.mode !== 'normal') throw restoreRefused(this.options.dataDir);
        const info = await this.backups.make('manual');
        this.markBackedUp();
        return info;
      },
      'backup/restore': ({ name }) => this.restore(name),
      // Reads the damaged file through a copy: the file itself stays as it was, for a restore.
      'workspace/salvage': ({ language }) => {
        if (this.state.mode !== 'damaged') throw salvageRefused();
        return salvageWorkspace(this.options.file, {
          app: this.options.version,
          language,
          nativeBinding: this.options.nativeBinding,
        });
      },
    };
  }

  /**
   * One handler per channel that waits for a restore under way, routes to the workspace open
   * now, and names disk faults. A damaged workspace answers only the recovery channels.
   */
  private routingHandlers(): Handlers {
    const safety = this.safetyHandlers();
    const entries = CHANNELS.map((channel) => {
      const route = async (args: unknown): Promise<unknown> => {
        await this.gate;
        const s = this.state;
        if (s.mode === 'damaged' || s.mode === 'closed') {
          if (!RECOVERY_CHANNELS.has(channel)) throw damagedRefusal(s.mode === 'damaged' ? s.message : null);
          if (channel in safety) return call(safety as Partial<Handlers>, channel, args);
          return {
            version: this.options.version,
            door: this.options.door,
            dataDir: this.options.dataDir,
            schemaVersion: 0,
          };
        }
        if (!existsSync(this.options.file)) throw dataFolderGone(this.options.dataDir);
        try {
          return await call(s.handlers, channel, args);
        } catch (error) {
          throw faultFromError(error, this.options.dataDir, this.options.file) ?? error;
        }
      };
      return [channel, route] as const;
    });
    return Object.fromEntries(entries) as unknown as Handlers;
  }
}

function call(handlers: Partial<Handlers>, channel: Channel, args: unknown): unknown {
  const handler = handlers[channel] as ((a: unknown) => unknown) | undefined;
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(args);
}

function damagedRefusal(message: LocalizedText | null): AppError {
  return new AppError('WORKSPACE_DAMAGED', message ?? { 'zh-CN': '工作区未打开。', en: 'The workspace is not open.' });
}

function damageMessageError(file: string): AppError {
  return new AppError(
    'WORKSPACE_DAMAGED',
    {
      'zh-CN': `备份 ${file} 没有通过完整性检查，未用它恢复，工作区保持原样。请选择另一个备份。`,
      en: `The backup ${file} failed its integrity check, so it was not restored and the workspace is unchanged. Choose another backup.`,
    },
    { file },
  );
}

/** The damaged file is kept (never listed as a backup) in case someone can still read parts of it. */
function keepDamagedCopy(file: string, backupDir: string): void {
  if (!existsSync(file)) return;
  mkdirSync(backupDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  for (const suffix of ['', '-wal']) {
    if (existsSync(file + suffix)) copyFileSync(file + suffix, join(backupDir, `damaged-${stamp}.dangqi-db${suffix}`));
  }
}
