import { afterEach, describe, expect, it } from 'vitest';
import type { OpenedWorkspace } from '../../../src-main/service/open-workspace';
import { call, open, planInput, tempDirs } from './helpers';

const dirs = tempDirs();
const cores: OpenedWorkspace[] = [];
afterEach(async () => {
  await Promise.all(cores.splice(0).map((c) => c.close()));
  dirs.cleanup();
});

/** A workspace whose "large change" threshold is 5 rows, so small files exercise it. */
async function opened(): Promise<OpenedWorkspace> {
  const core = await open(dirs.make(), { tuning: { largeChangeRows: 5 } });
  cores.push(core);
  return core;
}

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const largeChangeBackups = (core: OpenedWorkspace) => core.backups.list().filter((b) => b.reason === 'large-change');

function csvOf(rows: number): string {
  const lines = ['\uFEFF活动名称,开始日期,结束日期'];
  for (let i = 0; i < rows; i++)
    lines.push(`活动 ${i},2026-03-${String(i + 1).padStart(2, '0')},2026-03-${String(i + 1).padStart(2, '0')}`);
  return lines.join('\r\n') + '\r\n';
}

function icsOf(events: number): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//backups//EN'];
  for (let i = 0; i < events; i++) {
    const day = `202604${String(i + 1).padStart(2, '0')}`;
    lines.push('BEGIN:VEVENT', `UID:backup-test-${i}@example.com`, 'DTSTAMP:20260101T000000Z');
    lines.push(`DTSTART;VALUE=DATE:${day}`, `SUMMARY:日程 ${i}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.join('\r\n') + '\r\n';
}

async function importTable(core: OpenedWorkspace, planId: string, rows: number) {
  const preview = await call(core, 'file/preview-table-import', {
    planId,
    target: 'activities',
    fileName: 'plan.csv',
    contentBase64: b64(csvOf(rows)),
  });
  return call(core, 'file/apply-table-import', { planId, target: 'activities', token: preview.token });
}

async function importIcs(core: OpenedWorkspace, planId: string, events: number) {
  const preview = await call(core, 'file/preview-ics-import', {
    planId,
    fileName: 'calendar.ics',
    contentBase64: b64(icsOf(events)),
  });
  return call(core, 'file/apply-ics-import', { planId, token: preview.token });
}

describe('a backup comes before a large import', () => {
  it('a spreadsheet import of more rows than the threshold is preceded by a backup without them', async () => {
    const core = await opened();
    const plan = await call(core, 'plan/create', planInput('导入方案'));
    expect(await importTable(core, plan.id, 3)).toMatchObject({ created: 3 });
    expect(largeChangeBackups(core)).toEqual([]); // a small import needs none

    expect(await importTable(core, plan.id, 8)).toMatchObject({ created: 8 });
    const backups = largeChangeBackups(core);
    expect(backups).toHaveLength(1);
    // The backup holds the workspace as it was just before the import: the 3 earlier rows only.
    expect(backups[0]).toMatchObject({ verified: true, plans: 1, activities: 3 });
  });

  it('a calendar (ICS) import of more events than the threshold is preceded by a backup without them', async () => {
    const core = await opened();
    const plan = await call(core, 'plan/create', planInput('日历方案'));
    expect(await importIcs(core, plan.id, 4)).toMatchObject({ created: 4 });
    expect(largeChangeBackups(core)).toEqual([]);

    expect(await importIcs(core, plan.id, 9)).toMatchObject({ created: 5 }); // 4 of the 9 are already there
    const backups = largeChangeBackups(core);
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatchObject({ verified: true, plans: 1, activities: 4 });
  });
});
