import { existsSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, type SqliteDatabase, type Transaction } from 'kysely';
import { AppError } from '../../src-shared/errors';
import { SCHEMA_VERSION, migrationProvider } from './migrations';
import type { Database, Db, DbOrTrx } from './schema';

/**
 * The raw connection behind each Kysely instance we open. Bulk writes inside an edit use
 * prepared statements on it (Kysely compiles a statement per call, far slower for 10k rows);
 * they run on the same connection, inside the transaction Kysely holds.
 */
const RAW_CONNECTIONS = new WeakMap<object, BetterSqlite3.Database>();

export function rawConnectionOf(db: DbOrTrx): BetterSqlite3.Database | undefined {
  return RAW_CONNECTIONS.get(db);
}

/** Runs `work` in a transaction on `db` whose raw connection stays reachable from the transaction. */
export function transactionOn<T>(db: Db, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  const raw = RAW_CONNECTIONS.get(db);
  return db.transaction().execute((trx) => {
    if (raw) RAW_CONNECTIONS.set(trx, raw);
    return work(trx);
  });
}

/** "DQ" + "1": marks a SQLite file as a Dangqi workspace (PRAGMA application_id). */
export const APPLICATION_ID = 0x44510001;

export interface OpenDatabaseOptions {
  /**
   * Path of better-sqlite3's native addon to load instead of the default. The Electron door
   * passes a copy built for Electron's ABI, so the default build stays Node's (for Vitest).
   */
  nativeBinding?: string;
  /**
   * Open without writing anything (a read-only folder or disk): no WAL switch, no pragmas that
   * write, no migrations; a workspace that still needs migrating is refused.
   */
  readOnly?: boolean;
  /** Runs after the checks and before migrations, with the connection open (the pre-migration backup). */
  beforeMigrations?: (raw: BetterSqlite3.Database, pending: boolean) => Promise<void>;
}

export interface OpenedDatabase {
  db: Db;
  /** The raw connection, for pragmas and the rare hot path that bypasses Kysely. */
  raw: BetterSqlite3.Database;
  close(): Promise<void>;
}

/**
 * The one place that opens a workspace and sets its pragmas. A file written by a newer
 * Dangqi, or a SQLite file that is not a workspace, is refused before anything is written to it:
 * the check happens on a read-only connection, since even switching to WAL changes the file.
 */
export async function openDatabase(file: string, options: OpenDatabaseOptions = {}): Promise<OpenedDatabase> {
  const native = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  if (file !== ':memory:' && existsSync(file)) checkExisting(file, native);

  if (options.readOnly) return openReadOnly(file, native);
  const raw = new BetterSqlite3(file, native);
  try {
    raw.pragma('journal_mode = WAL');
    // better-sqlite3 leaves WAL at NORMAL, which can lose a committed edit on power loss.
    raw.pragma('synchronous = FULL');
    raw.pragma('foreign_keys = ON');
    raw.pragma('trusted_schema = OFF');
    raw.pragma('busy_timeout = 5000');
    raw.pragma(`application_id = ${APPLICATION_ID}`);

    const db = kyselyOver(raw);
    const pending = Number(raw.pragma('user_version', { simple: true })) < SCHEMA_VERSION;
    await options.beforeMigrations?.(raw, pending);
    await migrate(db);
    raw.pragma(`user_version = ${SCHEMA_VERSION}`);
    return { db, raw, close: () => db.destroy() };
  } catch (error) {
    raw.close();
    throw error;
  }
}

async function openReadOnly(file: string, native: { nativeBinding?: string }): Promise<OpenedDatabase> {
  const raw = new BetterSqlite3(file, { ...native, readonly: true, fileMustExist: true });
  try {
    raw.pragma('query_only = ON');
    if (Number(raw.pragma('user_version', { simple: true })) < SCHEMA_VERSION) {
      throw new AppError(
        'READ_ONLY',
        {
          'zh-CN': `工作区 ${file} 需要升级数据格式，但所在文件夹只读，无法升级。请把数据文件夹移到可写的位置后再打开；文件未做任何改动。`,
          en: `The workspace ${file} needs its data format updated, but its folder is read-only. Move the data folder somewhere writable and open it again; the file was left untouched.`,
        },
        { file },
      );
    }
    const db = kyselyOver(raw);
    return { db, raw, close: () => db.destroy() };
  } catch (error) {
    raw.close();
    throw error;
  }
}

/**
 * After a failed statement SQLite may already have rolled the transaction back (SQLITE_FULL,
 * SQLITE_IOERR do): Kysely's ROLLBACK then fails with "no transaction is active" and that error
 * replaces the real one. Rolling back only a transaction that is still open keeps the real cause.
 */
class KeepCauseSqliteDialect extends SqliteDialect {
  constructor(private readonly raw: BetterSqlite3.Database) {
    super({ database: withStatementCache(raw) });
  }

  override createDriver() {
    const driver = super.createDriver();
    const rollback = driver.rollbackTransaction.bind(driver);
    driver.rollbackTransaction = async (connection) => {
      if (this.raw.inTransaction) await rollback(connection);
    };
    return driver;
  }
}

/**
 * Kysely prepares every query it runs; SQLite's prepare is a large share of a small query's cost,
 * and an edit runs a dozen small queries. The connection keeps the statements it prepared, by
 * their SQL, and hands one out again unless it is still being iterated. SQLite re-prepares a kept
 * statement by itself after a schema change.
 */
function withStatementCache(raw: BetterSqlite3.Database): SqliteDatabase {
  const kept = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => raw.close(),
    prepare(sql: string) {
      const known = kept.get(sql);
      if (known && !known.busy) return known;
      const fresh = raw.prepare(sql);
      if (kept.size >= STATEMENTS_KEPT) kept.delete(kept.keys().next().value as string);
      kept.set(sql, fresh);
      return fresh;
    },
  };
}

const STATEMENTS_KEPT = 500;

function kyselyOver(raw: BetterSqlite3.Database): Db {
  const db = new Kysely<Database>({ dialect: new KeepCauseSqliteDialect(raw) });
  RAW_CONNECTIONS.set(db, raw);
  return db;
}

function checkExisting(file: string, native: { nativeBinding?: string }): void {
  let probe: BetterSqlite3.Database;
  try {
    probe = new BetterSqlite3(file, { ...native, readonly: true, fileMustExist: true });
  } catch (error) {
    throw damagedOr(file, error);
  }
  try {
    const appId = Number(probe.pragma('application_id', { simple: true }));
    const version = Number(probe.pragma('user_version', { simple: true }));
    const tables = Number(probe.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table'").pluck().get());
    if (appId !== APPLICATION_ID && (appId !== 0 || tables > 0)) throw notAWorkspace(file);
    if (version > SCHEMA_VERSION) {
      throw new AppError(
        'NEWER_DATABASE',
        {
          'zh-CN': `工作区 ${file} 由更新版本的档期创建（数据版本 ${version}，本程序支持到 ${SCHEMA_VERSION}）。请升级档期后再打开；文件未做任何改动。`,
          en: `The workspace ${file} was written by a newer Dangqi (schema ${version}; this version knows up to ${SCHEMA_VERSION}). Update Dangqi to open it; the file was left untouched.`,
        },
        { file, version, supported: SCHEMA_VERSION },
      );
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw damagedOr(file, error);
  } finally {
    probe.close();
  }
}

/** SQLite's own words for a file it can read the header of but not the rest. */
function damagedOr(file: string, error: unknown): AppError {
  const code = String((error as { code?: unknown }).code ?? '');
  if (code.startsWith('SQLITE_CORRUPT')) return workspaceDamaged(file, error);
  return notAWorkspace(file, error);
}

export function workspaceDamaged(file: string, cause?: unknown): AppError {
  return new AppError(
    'WORKSPACE_DAMAGED',
    {
      'zh-CN': `工作区 ${file} 已损坏，未以可编辑方式打开，也未做任何改动。`,
      en: `The workspace ${file} is damaged; it was not opened for editing and nothing was changed.`,
    },
    { file, cause: cause instanceof Error ? cause.message : undefined },
  );
}

function notAWorkspace(file: string, cause?: unknown): AppError {
  return new AppError(
    'NOT_A_WORKSPACE',
    {
      'zh-CN': `${file} 不是档期工作区文件，未打开也未改动。`,
      en: `${file} is not a Dangqi workspace; it was neither opened nor changed.`,
    },
    { file, cause: cause instanceof Error ? cause.message : undefined },
  );
}

async function migrate(db: Db): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
