import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Row } from '../../src-main/db/row-ops';
import { EDITABLE_TABLES } from '../../src-main/db/schema';
import { type TestCore, createTestCore } from '../support/core';
import { seedQuarter } from '../support/fixtures';

let core: TestCore;
beforeEach(async () => {
  core = await createTestCore();
});
afterEach(() => core.dispose());

/** Every row of every editable table: the exact state undo must restore. */
function dump(): Record<string, Row[]> {
  const out: Record<string, Row[]> = {};
  for (const t of EDITABLE_TABLES) out[t] = core.db.raw.prepare(`SELECT * FROM ${t} ORDER BY id`).all() as Row[];
  return out;
}

describe('undo and redo', () => {
  it('round-trips every kind of edit exactly', async () => {
    const { plan, activity, hall, gold } = await seedQuarter(core);
    const line = await core.call('budget/create-line', {
      planId: plan.id,
      activityId: activity.id,
      category: 'venue',
      plannedCents: 100,
    });
    const edits: Array<() => Promise<unknown>> = [
      () =>
        core.call('activity/update', {
          id: activity.id,
          start: '2026-02-10',
          end: '2026-02-11',
          claims: [{ resourceId: hall.id, quantity: 1 }],
        }),
      () => core.call('budget/update-line', { id: line.id, plannedCents: 250_000 }),
      () => core.call('resource/delete', { id: hall.id }),
      () => core.call('segment/delete', { id: gold.id }),
      () => core.call('activity/delete', { id: activity.id }),
      () => core.call('plan/update', { id: plan.id, name: '改名后的方案' }),
      () => core.call('plan/delete', { id: plan.id }),
    ];
    for (const edit of edits) {
      const before = dump();
      await edit();
      const after = dump();
      expect(after).not.toEqual(before);
      await core.call('history/undo', {});
      expect(dump()).toEqual(before);
      await core.call('history/redo', {});
      expect(dump()).toEqual(after);
    }
  });

  it('survives a restart: history is in the database, not in memory', async () => {
    const { plan } = await seedQuarter(core);
    await core.call('plan/update', { id: plan.id, name: '重启前' });
    const file = core.db.file;
    await core.db.close();
    const { openDatabase } = await import('../../src-main/db/open-database');
    const { Workspace } = await import('../../src-main/service/workspace');
    const reopened = await openDatabase(file);
    const ws = new Workspace(reopened.db);
    const state = await ws.historyState();
    expect(state.undoLabel?.['zh-CN']).toBe('修改方案「2026 Q1 会员档期」');
    await ws.undo();
    const name = reopened.raw.prepare('SELECT name FROM plans WHERE id = ?').pluck().get(plan.id);
    expect(name).toBe('2026 Q1 会员档期');
    await reopened.close();
  });

  it('a new edit after an undo discards the redo stack; empty stacks answer typed errors', async () => {
    const { plan } = await seedQuarter(core);
    await core.call('plan/update', { id: plan.id, name: 'A' });
    await core.call('history/undo', {});
    expect((await core.call('history/state', {})).canRedo).toBe(true);
    await core.call('plan/update', { id: plan.id, name: 'B' });
    const state = await core.call('history/state', {});
    expect(state.canRedo).toBe(false);
    const redo = await core.dispatch('history/redo', {});
    expect(redo.ok ? 'ok' : redo.error.code).toBe('NOTHING_TO_REDO');

    let undos = 0;
    while ((await core.dispatch('history/undo', {})).ok) undos++;
    expect(undos).toBeGreaterThan(0);
    expect(await core.call('plan/list', {})).toEqual([]);
    const r = await core.dispatch('history/undo', {});
    expect(r.ok ? 'ok' : r.error.message.en).toBe('Nothing to undo.');
  });

  it('labels edits in both languages', async () => {
    await seedQuarter(core);
    const state = await core.call('history/state', {});
    expect(state.undoLabel).toEqual({ 'zh-CN': '新建活动「春节会员日」', en: 'Create activity “春节会员日”' });
  });
});
