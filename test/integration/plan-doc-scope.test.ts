/**
 * A plan's document follows its rows edit by edit, touching only what each edit touched (the
 * speed of team sync, issue #17): a title edit is one small change; after edits, undo and redo of
 * activities, claims and budget lines the document still says exactly what SQLite holds, also
 * when reloaded from its stored bytes (a saved document with the changes appended); and a
 * colleague's edit of one activity is written to SQLite as an edit of that activity alone.
 */
import * as A from '@automerge/automerge';
import { afterEach, describe, expect, it } from 'vitest';
import type { EditOutcome } from '../../src-shared/contract-outcome';
import { loadPlanDoc, readPlanRows } from '../../src-main/db/queries/plan-docs';
import { loadPlanDocBytes, randomActor, rowsOf } from '../../src-main/sync/plan-doc';
import { planDocsOf } from '../../src-main/sync/plan-docs';
import { type TestCore, createTestCore } from '../support/core';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const clean of cleanups.splice(0).reverse()) await clean();
});

async function core(): Promise<TestCore> {
  const c = await createTestCore();
  cleanups.push(async () => {
    await planDocsOf(c.workspace).settled();
    await c.dispose();
  });
  return c;
}

async function planWithActivities(c: TestCore, n: number) {
  const plan = await c.call('plan/create', { name: '范围', startDate: '2026-01-01', endDate: '2026-12-31' });
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const a = await c.call('activity/create', {
      planId: plan.id,
      title: `活动 ${i}`,
      type: 'salon',
      start: '2026-03-01',
      end: '2026-03-01',
    });
    ids.push(a.id);
  }
  return { planId: plan.id, ids };
}

async function docOf(c: TestCore, planId: string) {
  const [doc] = await planDocsOf(c.workspace).current([planId]);
  if (!doc) throw new Error('no document');
  return doc;
}

describe('a plan document kept up to date edit by edit', () => {
  it('writes a title edit as one small change and stays equal to the rows through edits, undo and redo', async () => {
    const c = await core();
    const { planId, ids } = await planWithActivities(c, 30);
    await docOf(c, planId);

    await c.call('activity/update', { id: ids[3], title: '新标题' });
    const doc = await docOf(c, planId);
    const last = A.getLastLocalChange(doc);
    expect(last).toBeDefined();
    // The whole plan rewritten would be hundreds of operations; the edit is one field.
    expect(A.decodeChange(last as A.Change).ops.length).toBeLessThan(5);
    expect(String(doc.tables.activities[ids[3]].title)).toBe('新标题');

    const hall = await c.call('resource/create', { name: '一号厅', kind: 'venue', quantity: 1 });
    await c.call('activity/update', { id: ids[4], claims: [{ resourceId: hall.id, quantity: 1 }] });
    await c.call('budget/create-line', { planId, activityId: ids[5], category: 'venue', plannedCents: 100_000 });
    await c.call('activity/delete', { id: ids[6] });
    await c.workspace.undo();
    await c.workspace.undo();
    await c.workspace.redo();
    await c.call('activity/delete', { id: ids[4] });

    const after = await docOf(c, planId);
    expect(rowsOf(after)).toEqual(await readPlanRows(c.db.db, planId));
    const stored = await loadPlanDoc(c.db.db, planId);
    expect(rowsOf(loadPlanDocBytes(stored?.doc ?? new Uint8Array(), randomActor()))).toEqual(
      await readPlanRows(c.db.db, planId),
    );
  });

  it('writes a colleague’s edit of one activity to SQLite as an edit of that activity alone', async () => {
    const a = await core();
    const b = await core();
    const { planId, ids } = await planWithActivities(a, 20);
    const docsB = planDocsOf(b.workspace);
    expect(await docsB.adoptRemote(planId, await docOf(a, planId), async () => undefined)).toBe(true);
    expect(Object.keys((await readPlanRows(b.db.db, planId))?.activities ?? {})).toHaveLength(20);

    await a.call('activity/update', { id: ids[7], notes: '同事的备注' });
    const outcomes: EditOutcome[] = [];
    const off = b.workspace.onChange((e) => outcomes.push(e.outcome));
    await docsB.adoptRemote(planId, await docOf(a, planId), async () => undefined);
    off();
    expect((await readPlanRows(b.db.db, planId))?.activities[ids[7]].notes).toBe('同事的备注');
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0].updated.activities.map((x) => x.id)).toEqual([ids[7]]);
    expect(outcomes[0].created.activities).toEqual([]);
    expect(rowsOf(await docOf(b, planId))).toEqual(await readPlanRows(b.db.db, planId));
  });
});
