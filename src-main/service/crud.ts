import type { z } from 'zod';
import { notFound } from '../../src-shared/errors';
import type { Row } from '../db/row-ops';
import type { DbOrTrx, EditableTable } from '../db/schema';
import { label } from './localize';
import { checkFresh } from './stale';
import { validationError } from './validation-error';
import type { Workspace } from './workspace';
import type { EditRecorder } from './edit-recorder';

interface Stamped {
  id: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * One description of a simple aggregate (a single table, no child rows) from which create,
 * update and delete are derived, so budget lines, risks, KPIs, tasks, resources and segments
 * all validate, stamp, record for undo and report NOT_FOUND the same way.
 */
export interface CrudSpec<E extends Stamped, I extends z.ZodType> {
  table: EditableTable;
  /** English and Chinese names, for errors and undo labels. */
  what: string;
  zhWhat: string;
  /** The create schema; also re-checks a patched entity so cross-field rules hold after an update. */
  input: I;
  find(db: DbOrTrx, id: string): Promise<E | undefined>;
  toRow(e: E): Row;
  displayName(e: E): string;
  /** The plan an item belongs to (for change events); workspace items have none. */
  planOf?(e: E): string;
  /** Checks references (plan exists, linked activity of the same plan …) before writing. */
  checkRefs?(db: DbOrTrx, e: E): Promise<void>;
  /** Rows that reference this one and must go first (recorded, so undo restores them). */
  beforeDelete?(rec: EditRecorder, e: E): Promise<void>;
}

export function crudHandlers<E extends Stamped, I extends z.ZodType>(ws: Workspace, spec: CrudSpec<E, I>) {
  const touch = (rec: EditRecorder, e: E) => {
    if (spec.planOf) rec.touchPlan(spec.planOf(e));
  };

  const create = (args: z.output<I>): Promise<E> => {
    const now = ws.now();
    const entity = { ...(args as object), id: crypto.randomUUID(), createdAt: now, updatedAt: now } as unknown as E;
    return ws.edit(label('新建', 'Create', spec.zhWhat, spec.what, spec.displayName(entity)), async (rec) => {
      await spec.checkRefs?.(rec.trx, entity);
      await rec.insert(spec.table, spec.toRow(entity));
      touch(rec, entity);
      return entity;
    });
  };

  const update = (args: { id: string; expectedUpdatedAt?: string } & Record<string, unknown>): Promise<E> => {
    const { expectedUpdatedAt, ...fields } = args;
    // Read inside the edit's transaction: the patch merges with the row as it is then.
    return ws.edit(label('修改', 'Edit', spec.zhWhat, spec.what), async (rec) => {
      const current = await spec.find(rec.trx, args.id);
      checkFresh(spec.what, args.id, current, expectedUpdatedAt, spec.displayName);
      if (!current) throw notFound(spec.what, args.id);
      rec.relabel(label('修改', 'Edit', spec.zhWhat, spec.what, spec.displayName(current)));
      const merged = { ...current, ...stripUndefined(fields) };
      const checked = spec.input.safeParse(merged);
      if (!checked.success) throw validationError(checked.error);
      const entity = {
        ...current,
        ...(checked.data as object),
        id: current.id,
        createdAt: current.createdAt,
        updatedAt: ws.now(),
      } as E;
      await spec.checkRefs?.(rec.trx, entity);
      await rec.update(spec.table, entity.id, spec.toRow(entity));
      touch(rec, entity);
      return entity;
    });
  };

  const remove = (args: { id: string }): Promise<{ id: string }> =>
    ws.edit(label('删除', 'Delete', spec.zhWhat, spec.what), async (rec) => {
      const existing = await spec.find(rec.trx, args.id);
      if (!existing) throw notFound(spec.what, args.id);
      rec.relabel(label('删除', 'Delete', spec.zhWhat, spec.what, spec.displayName(existing)));
      await spec.beforeDelete?.(rec, existing);
      if (!(await rec.delete(spec.table, args.id))) throw notFound(spec.what, args.id);
      touch(rec, existing);
      return { id: args.id };
    });

  return { create, update, remove };
}

function stripUndefined(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
