import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EDITABLE_TABLES } from '../../src-main/db/schema';
import { IcsImportPreview } from '../../src-shared/contract-files';
import { type TestCore, createTestCore } from '../support/core';
import { calendar } from '../unit/files/ics-arbitrary';

/** The ICS corpus through the channels: what the preview groups, what apply writes, what a second import finds. */
let core: TestCore;
let planId: string;
beforeEach(async () => {
  core = await createTestCore();
  planId = (await core.call('plan/create', { name: '2025 会员档期', startDate: '2025-01-01', endDate: '2025-12-31' }))
    .id;
});
afterEach(() => core.dispose());

const corpus = (name: string) => readFileSync(join(__dirname, '../fixtures/files/ics-corpus', name)).toString('base64');
const preview = (name: string) =>
  core.call('file/preview-ics-import', { planId, fileName: name, contentBase64: corpus(name) });
const titles = async () =>
  (await core.call('plan/get-snapshot', { id: planId })).activities.map((a) => `${a.title}|${a.start}`).sort();

describe('ICS corpus through the channels', () => {
  it('events outside the plan dates are grouped in the preview and come in only when asked', async () => {
    const p = await preview('outside-plan.ics');
    const outside = p.events.filter((e) => e.outsidePlan).map((e) => e.start.slice(0, 4));
    expect(outside).toEqual(['2020', '2021', '2022', ...Array.from({ length: 13 }, (_, i) => String(2026 + i))]);
    expect(p.events.filter((e) => !e.outsidePlan).map((e) => e.title)).toEqual(['方案内', '跨年']);
    expect([p.planStart, p.planEnd]).toEqual(['2025-01-01', '2025-12-31']);
    const first = await core.call('file/apply-ics-import', { planId, token: p.token });
    expect(first.created).toBe(2);
    const again = await preview('outside-plan.ics');
    const second = await core.call('file/apply-ics-import', { planId, token: again.token, includeOutsidePlan: true });
    expect(second.created).toBe(16);
  });

  it('an override changes only its own series in the plan; the cancelled occurrence is not written', async () => {
    const p = await preview('overrides-two-series.ics');
    await core.call('file/apply-ics-import', { planId, token: p.token });
    expect(await titles()).toEqual(
      [
        '周一晨会|2025-01-06T09:00',
        '周一晨会（改到周二下午）|2025-01-14T14:00',
        '周一晨会|2025-01-27T09:00',
        '周一复盘|2025-01-06T09:00',
        '周一复盘|2025-01-13T09:00',
        '周一复盘|2025-01-20T09:00',
        '周一复盘|2025-01-27T09:00',
      ].sort(),
    );
  });

  it('events without a UID are found again on a second import instead of duplicated', async () => {
    const p = await preview('no-uid.ics');
    expect((await core.call('file/apply-ics-import', { planId, token: p.token })).created).toBe(4);
    const again = await preview('no-uid.ics');
    expect(again.events.every((e) => e.duplicate)).toBe(true);
    expect((await core.call('file/apply-ics-import', { planId, token: again.token })).created).toBe(0);
  });

  it('a timed event without an end comes in with a slot and a warning, and applies', async () => {
    const p = await preview('no-end.ics');
    expect(p.events.find((e) => e.title === '提醒：发券')?.warnings).toHaveLength(1);
    expect((await core.call('file/apply-ics-import', { planId, token: p.token })).created).toBe(3);
  });
});

describe('generated calendars through the channels', () => {
  it('every preview is a result or a reasoned refusal; previews write nothing, applies write only readable events', async () => {
    const dump = () =>
      JSON.stringify(EDITABLE_TABLES.map((t) => core.db.raw.prepare(`SELECT * FROM ${t} ORDER BY id`).all()));
    await fc.assert(
      fc.asyncProperty(calendar, async (text) => {
        const before = dump();
        const r = await core.dispatch('file/preview-ics-import', {
          planId,
          fileName: 'gen.ics',
          contentBase64: Buffer.from(text).toString('base64'),
        });
        expect(dump()).toBe(before);
        if (!r.ok) {
          expect(r.error.code).toBe('VALIDATION');
          return;
        }
        const value = IcsImportPreview.parse(r.value);
        const applied = await core.call('file/apply-ics-import', {
          planId,
          token: value.token,
          includeOutsidePlan: true,
        });
        const readable = value.events.filter((e) => e.errors.length === 0 && !e.duplicate);
        expect(applied.created).toBe(new Set(readable.map((e) => e.activityId)).size);
      }),
      { numRuns: 40, seed: 2025 },
    );
  }, 120_000);
});
