import type { Handlers } from '../../src-shared/contract';
import { notFound } from '../../src-shared/errors';
import type { BudgetLine, Task } from '../../src-shared/model';
import { withRaciRole } from '../../src-shared/tasks/dependencies';
import { budgetLineFromRow, budgetLineToRow, taskFromRow, taskToRow } from '../db/queries/plan-items';
import type { DbOrTrx } from '../db/schema';
import { label } from './localize';
import { planItemRefs } from './plan-item-refs';
import type { Workspace } from './workspace';

type PlanItemChannels = 'budget/paste-lines' | 'budget/duplicate-line' | 'budget/delete-lines' | 'raci/set';

async function findLine(db: DbOrTrx, id: string): Promise<BudgetLine | undefined> {
  const r = await db.selectFrom('budget_lines').selectAll().where('id', '=', id).executeTakeFirst();
  return r && budgetLineFromRow(r);
}

async function findTask(db: DbOrTrx, id: string): Promise<Task | undefined> {
  const r = await db.selectFrom('tasks').selectAll().where('id', '=', id).executeTakeFirst();
  return r && taskFromRow(r);
}

/** Batch edits on budget lines and the RACI matrix: each call is one transaction, one undo step. */
export function planItemsHandlers(ws: Workspace): Pick<Handlers, PlanItemChannels> {
  return {
    'budget/paste-lines': ({ planId, lines }) => {
      const n = lines.length;
      const editLabel = { 'zh-CN': `粘贴 ${n} 条预算科目`, en: `Paste ${n} budget line${n === 1 ? '' : 's'}` };
      return ws.edit(editLabel, async (rec) => {
        const activityIds = new Set<string | null>();
        for (const l of lines) activityIds.add(l.activityId);
        // Check each distinct activity once: a 10,000-row paste names only a handful.
        for (const activityId of activityIds) await planItemRefs(rec.trx, { planId, activityId });
        const base = Date.parse(ws.now());
        // Stamps one millisecond apart keep the pasted order in the list (ordered by created_at).
        const created: BudgetLine[] = lines.map((l, i) => {
          const at = Number.isFinite(base) ? new Date(base + i).toISOString() : ws.now();
          return { ...l, planId, id: crypto.randomUUID(), createdAt: at, updatedAt: at };
        });
        await rec.insertMany('budget_lines', created.map(budgetLineToRow));
        rec.touchPlan(planId);
        return created;
      });
    },

    'budget/duplicate-line': async ({ id }) => {
      const source = await findLine(ws.db, id);
      if (!source) throw notFound('budget line', id);
      return ws.edit(label('复制', 'Duplicate', '预算科目', 'budget line', source.description), async (rec) => {
        const now = ws.now();
        const copy: BudgetLine = {
          ...source,
          id: crypto.randomUUID(),
          // A copy is a new request for money: it has not been approved by anyone yet.
          approvalStatus: 'not_submitted',
          approvedBy: '',
          createdAt: now,
          updatedAt: now,
        };
        await rec.insert('budget_lines', budgetLineToRow(copy));
        rec.touchPlan(copy.planId);
        return copy;
      });
    },

    'budget/delete-lines': async ({ ids }) => {
      const unique = [...new Set(ids)];
      const n = unique.length;
      const editLabel = { 'zh-CN': `删除 ${n} 条预算科目`, en: `Delete ${n} budget line${n === 1 ? '' : 's'}` };
      return ws.edit(editLabel, async (rec) => {
        for (const id of unique) {
          const line = await findLine(rec.trx, id);
          // Throwing rolls the whole transaction back: either all go or none.
          if (!line) throw notFound('budget line', id);
          await rec.delete('budget_lines', id);
          rec.touchPlan(line.planId);
        }
        return { ids: unique };
      });
    },

    'raci/set': async ({ taskId, person, role }) => {
      const existing = await findTask(ws.db, taskId);
      if (!existing) throw notFound('task', taskId);
      const editLabel = label('修改', 'Edit RACI of', '任务职责', 'task', existing.title);
      return ws.edit(editLabel, async (rec) => {
        const task = await findTask(rec.trx, taskId);
        if (!task) throw notFound('task', taskId);
        const next: Task = { ...task, raci: withRaciRole(task.raci, person.trim(), role), updatedAt: ws.now() };
        const row = taskToRow(next);
        await rec.update('tasks', taskId, { raci_json: row.raci_json, updated_at: row.updated_at });
        rec.touchPlan(task.planId);
        return next;
      });
    },
  };
}
