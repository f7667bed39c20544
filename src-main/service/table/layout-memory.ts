import { z } from 'zod';
import { TableField } from '../../../src-shared/contract-files';
import type { Db } from '../../db/schema';
import type { Mapping } from '../../files/table/mapping';

/** The import_layouts table (migration 0003); private to file import, so declared here. */
interface ImportLayoutsTable {
  layout_hash: string;
  target: string;
  mapping_json: string;
  updated_at: string;
}
const StoredMapping = z.record(z.string().regex(/^\d{1,3}$/), TableField.nullable());

export async function recallMapping(db: Db, hash: string): Promise<Mapping | null> {
  const row = await db
    .withTables<{ import_layouts: ImportLayoutsTable }>()
    .selectFrom('import_layouts')
    .select('mapping_json')
    .where('layout_hash', '=', hash)
    .executeTakeFirst();
  if (!row) return null;
  try {
    const parsed = StoredMapping.safeParse(JSON.parse(row.mapping_json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function rememberMapping(
  db: Db,
  hash: string,
  target: string,
  mapping: Mapping,
  now: string,
): Promise<void> {
  await db
    .withTables<{ import_layouts: ImportLayoutsTable }>()
    .insertInto('import_layouts')
    .values({ layout_hash: hash, target, mapping_json: JSON.stringify(mapping), updated_at: now })
    .onConflict((oc) =>
      oc.column('layout_hash').doUpdateSet({ mapping_json: JSON.stringify(mapping), updated_at: now }),
    )
    .execute();
}
