import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { SalvageKind, SalvageReport } from '../../src-shared/contract-backups';
import type { Download } from '../../src-shared/contract-files';
import { DEFAULT_CURRENCY, DEFAULT_TIME_ZONE } from '../../src-shared/model';
import { openDatabase } from '../db/open-database';
import { readTolerantly } from '../db/safety/salvage-read';
import { buildPlanFile, encodePlanFile, planFileName } from './plan-file/export';
import { salvageMessage } from './safety-messages';

/** The tables a plan file is made of, parents first, with the kind each is counted as. */
const TABLES: readonly (readonly [string, SalvageKind])[] = [
  ['plans', 'plans'],
  ['resources', 'resources'],
  ['segments', 'segments'],
  ['activities', 'activities'],
  ['activity_claims', 'claims'],
  ['activity_segments', 'segmentLinks'],
  ['budget_lines', 'budgetLines'],
  ['risks', 'risks'],
  ['kpis', 'kpis'],
  ['tasks', 'tasks'],
  ['baselines', 'baselines'],
];
const KIND_OF = new Map(TABLES);

type Counts = Map<SalvageKind, { read: number; lost: number; estimated: boolean }>;

export interface SalvageOptions {
  app: string;
  language: 'zh-CN' | 'en';
  nativeBinding?: string;
  /** The time stamped on plans whose own record was lost (the workspace clock in tests). */
  now?: () => string;
}

/**
 * "Export what can be read" from a damaged workspace: its readable rows are copied into a fresh
 * workspace in a temporary folder (the damaged file is only read, through a copy), records left
 * pointing at lost ones are mended (a lost plan gets a stand-in, a lost activity link is cleared,
 * a claim on a lost resource dropped), and each plan is written as a plan file by the ordinary
 * export. What could not be read or used is counted by kind.
 */
export async function salvageWorkspace(file: string, options: SalvageOptions): Promise<SalvageReport> {
  const scratch = mkdtempSync(join(tmpdir(), 'dangqi-salvage-'));
  try {
    const counts: Counts = new Map(TABLES.map(([, kind]) => [kind, { read: 0, lost: 0, estimated: false }]));
    const read = readTolerantly(
      file,
      scratch,
      TABLES.map(([t]) => t),
      options.nativeBinding,
    );
    const fresh = await openDatabase(join(scratch, 'recovered.sqlite'), { nativeBinding: options.nativeBinding });
    try {
      const { raw } = fresh;
      raw.pragma('foreign_keys = OFF');
      for (const [table, kind] of TABLES) {
        const got = read.tables.get(table);
        if (!got) continue;
        const c = counts.get(kind)!;
        c.lost += got.lost + copyRows(raw, table, got.rows);
        c.estimated ||= got.estimated;
      }
      const renamedPlans = mendReferences(raw, counts, options);
      const files: Download[] = [];
      const planIds = raw.prepare('SELECT id FROM plans ORDER BY name, id').pluck().all() as string[];
      for (const id of planIds) {
        try {
          const planFile = await buildPlanFile(fresh.db, [id], options.app);
          files.push({
            fileName: planFileName(planFile),
            mimeType: 'application/x-dangqi-plan',
            contentBase64: encodePlanFile(planFile).toString('base64'),
          });
          const add = (kind: SalvageKind, n: number) => (counts.get(kind)!.read += n);
          add('plans', planFile.plans.length);
          add('activities', planFile.activities.length);
          add(
            'claims',
            planFile.activities.reduce((n, a) => n + a.claims.length, 0),
          );
          add(
            'segmentLinks',
            planFile.activities.reduce((n, a) => n + a.segmentIds.length, 0),
          );
          add('budgetLines', planFile.budgetLines.length);
          add('risks', planFile.risks.length);
          add('kpis', planFile.kpis.length);
          add('tasks', planFile.tasks.length);
          add('resources', planFile.resources.length);
          add('segments', planFile.segments.length);
          add('baselines', planFile.baselines.length);
        } catch {
          // A plan whose records no longer make a valid plan file is lost with what it owns.
          for (const [table, kind] of TABLES) {
            if (table === 'plans') counts.get(kind)!.lost += 1;
            else if (hasColumn(raw, table, 'plan_id'))
              counts.get(kind)!.lost += Number(
                raw.prepare(`SELECT count(*) FROM ${table} WHERE plan_id = ?`).pluck().get(id),
              );
          }
        }
      }
      const kinds = TABLES.map(([, kind]) => ({ kind, ...counts.get(kind)! }));
      return {
        files,
        kinds,
        renamedPlans,
        message: salvageMessage(files.length, kinds, renamedPlans, read.schemaLost),
      };
    } finally {
      await fresh.close();
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Inserts the rows (the columns both schemas have); returns how many the fresh workspace refused. */
function copyRows(raw: BetterSqlite3.Database, table: string, rows: Record<string, unknown>[]): number {
  const columns = new Set(columnsOf(raw, table).map((c) => c.name));
  let refused = 0;
  const statements = new Map<string, BetterSqlite3.Statement>();
  for (const row of rows) {
    const names = Object.keys(row).filter((n) => columns.has(n));
    const key = names.join(',');
    let insert = statements.get(key);
    if (!insert) {
      const list = names.map((n) => `"${n}"`).join(', ');
      insert = raw.prepare(`INSERT INTO ${table} (${list}) VALUES (${names.map(() => '?').join(', ')})`);
      statements.set(key, insert);
    }
    try {
      insert.run(...names.map((n) => row[n]));
    } catch {
      refused++;
    }
  }
  return refused;
}

/**
 * Records whose parent was lost: a plan gets a stand-in (its items are worth more than its name),
 * an optional link is cleared, anything else is dropped and counted lost. Returns the stand-ins made.
 */
function mendReferences(raw: BetterSqlite3.Database, counts: Counts, options: SalvageOptions): number {
  let standIns = 0;
  for (let round = 0; round < 5; round++) {
    const problems = raw.pragma('foreign_key_check') as {
      table: string;
      rowid: number;
      parent: string;
      fkid: number;
    }[];
    if (problems.length === 0) break;
    for (const p of problems) {
      const fk = (raw.pragma(`foreign_key_list(${p.table})`) as { id: number; from: string }[]).find(
        (f) => f.id === p.fkid,
      );
      if (!fk) continue;
      const value = raw.prepare(`SELECT "${fk.from}" FROM ${p.table} WHERE rowid = ?`).pluck().get(p.rowid);
      if (p.parent === 'plans' && typeof value === 'string') {
        if (raw.prepare('SELECT 1 FROM plans WHERE id = ?').get(value) === undefined) {
          standIns++;
          insertStandInPlan(raw, value, standIns, options);
        }
        continue;
      }
      const nullable = columnsOf(raw, p.table).some((c) => c.name === fk.from && c.notnull === 0);
      if (nullable) raw.prepare(`UPDATE ${p.table} SET "${fk.from}" = NULL WHERE rowid = ?`).run(p.rowid);
      else {
        raw.prepare(`DELETE FROM ${p.table} WHERE rowid = ?`).run(p.rowid);
        const kind = KIND_OF.get(p.table);
        if (kind) counts.get(kind)!.lost += 1;
      }
    }
  }
  return standIns;
}

/** A plan for the items of a plan whose own record was lost: named "Recovered plan N", spanning its activities. */
function insertStandInPlan(raw: BetterSqlite3.Database, id: string, n: number, options: SalvageOptions): void {
  const span = raw
    .prepare(
      'SELECT min(substr(start, 1, 10)) AS first, max(substr("end", 1, 10)) AS last FROM activities WHERE plan_id = ?',
    )
    .get(id) as { first: string | null; last: string | null };
  const now = options.now?.() ?? new Date().toISOString();
  const today = now.slice(0, 10);
  const name = options.language === 'en' ? `Recovered plan ${n}` : `恢复的方案 ${n}`;
  raw
    .prepare(
      `INSERT INTO plans (id, name, time_zone, currency, start_date, end_date, settings_json, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, '{}', ?, ?)`,
    )
    .run(
      id,
      name,
      DEFAULT_TIME_ZONE,
      DEFAULT_CURRENCY,
      span.first ?? today,
      span.last ?? span.first ?? today,
      now,
      now,
    );
}

function columnsOf(raw: BetterSqlite3.Database, table: string): { name: string; notnull: number }[] {
  return raw.pragma(`table_info(${table})`) as { name: string; notnull: number }[];
}

function hasColumn(raw: BetterSqlite3.Database, table: string, column: string): boolean {
  return columnsOf(raw, table).some((c) => c.name === column);
}
