import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001-initial';
import * as m0002 from './0002-plan-items-v2';
import * as m0003 from './0003-import-layouts';
import * as m0004 from './0004-holiday-years';
import * as m0005 from './0005-conflict-baselines';
import * as m0006 from './0006-activities-by-start';
import * as m0007 from './0007-history-inserted-ids';
import * as m0008 from './0008-resource-period-capacity';
import * as m0009 from './0009-plan-baselines';
import * as m0010 from './0010-plan-docs';
import * as m0011 from './0011-history-undone-index';

/**
 * Every migration, in order, supplied from code (a bundled app cannot scan a folder).
 * The count is the schema version written to `PRAGMA user_version`.
 */
export const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': m0001,
  '0002-plan-items-v2': m0002,
  '0003-import-layouts': m0003,
  '0004-holiday-years': m0004,
  '0005-conflict-baselines': m0005,
  '0006-activities-by-start': m0006,
  '0007-history-inserted-ids': m0007,
  '0008-resource-period-capacity': m0008,
  '0009-plan-baselines': m0009,
  '0010-plan-docs': m0010,
  '0011-history-undone-index': m0011,
};

export const SCHEMA_VERSION = Object.keys(MIGRATIONS).length;

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
