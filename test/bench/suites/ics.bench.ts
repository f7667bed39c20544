/**
 * Calendar import figures (issue 13): `ics_import_ms_2k_series` is a 2,000-VEVENT calendar
 * (1,000 single events, 500 weekly series of 10 in four kinds of zone, one RECURRENCE-ID
 * override for each series) from preview to apply into a fresh plan, through the real channels
 * and the file worker. Median of 3, each in a fresh workspace (the first also starts the worker).
 * `hostile_zip_refused_ms` / `hostile_gzip_refused_ms`: a zip and a gzip expanding to 2 GB behind
 * small headers, refused by a warm worker.
 */
import { createTestDb } from '../../../src-main/db/test-db';
import { parseInWorker } from '../../../src-main/files/worker-client';
import { createDispatch } from '../../../src-main/service/dispatch';
import { createPlanService } from '../../../src-main/service/plan-service';
import { Workspace } from '../../../src-main/service/workspace';
import { lyingGzip, lyingZip } from '../../support/lying-archives';
import type { BenchSuite } from '../run';

const NOW = '2026-01-01T00:00:00.000Z';
const ZONES = ['TZID=Asia/Shanghai', 'TZID="China Standard Time"', 'TZID=America/New_York', ''];
const p2 = (n: number) => String(n).padStart(2, '0');

export function calendar(): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Dangqi bench//EN', 'X-WR-CALNAME:基准日历'];
  const day = (i: number) => `2025${p2(1 + (i % 12))}${p2(1 + (i % 28))}`;
  for (let i = 0; i < 1000; i++) {
    const d = day(i);
    lines.push('BEGIN:VEVENT', `UID:single-${i}@bench`, `SUMMARY:单次活动 ${i}`);
    if (i % 2 === 0) lines.push(`DTSTART;VALUE=DATE:${d}`);
    else lines.push(`DTSTART;TZID=Asia/Shanghai:${d}T140000`, `DTEND;TZID=Asia/Shanghai:${d}T160000`);
    lines.push('END:VEVENT');
  }
  for (let s = 0; s < 500; s++) {
    const zone = ZONES[s % ZONES.length];
    const prop = (name: string) => (zone ? `${name};${zone}` : name);
    const d = `2025${p2(1 + (s % 9))}0${1 + (s % 7)}`;
    lines.push(
      'BEGIN:VEVENT',
      `UID:series-${s}@bench`,
      `SUMMARY:每周例会 ${s}`,
      `${prop('DTSTART')}:${d}T100000`,
      `${prop('DTEND')}:${d}T110000`,
      'RRULE:FREQ=WEEKLY;COUNT=10',
      'END:VEVENT',
    );
    // The third occurrence, moved to the afternoon.
    const third = new Date(Date.UTC(2025, s % 9, 1 + (s % 7) + 14));
    const t = `${third.getUTCFullYear()}${p2(third.getUTCMonth() + 1)}${p2(third.getUTCDate())}`;
    lines.push(
      'BEGIN:VEVENT',
      `UID:series-${s}@bench`,
      `${prop('RECURRENCE-ID')}:${t}T100000`,
      `SUMMARY:每周例会 ${s}（改期）`,
      `${prop('DTSTART')}:${t}T150000`,
      `${prop('DTEND')}:${t}T160000`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR', '');
  return lines.join('\r\n');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function value<T>(r: { ok: true; value: unknown } | { ok: false; error: { message: { en: string } } }): T {
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value as T;
}

async function refusedMs(job: Parameters<typeof parseInWorker>[0]): Promise<number> {
  const t0 = performance.now();
  await parseInWorker(job).then(
    () => {
      throw new Error('a lying archive was accepted');
    },
    () => undefined,
  );
  return performance.now() - t0;
}

const suite: BenchSuite = {
  name: 'calendar import',
  async run() {
    const contentBase64 = Buffer.from(calendar()).toString('base64');
    const times: number[] = [];
    const previews: number[] = [];
    let events = 0;
    let created = 0;
    for (let i = 0; i < 3; i++) {
      const t = await createTestDb();
      const ws = new Workspace(t.db, () => NOW);
      const call = createDispatch(createPlanService(ws, { version: 'bench', door: 'test', dataDir: t.dir }));
      const plan = value<{ id: string }>(
        await call('plan/create', { name: '2025 档期', startDate: '2025-01-01', endDate: '2025-12-31' }),
      );
      const t0 = performance.now();
      const preview = value<{ token: string; events: unknown[] }>(
        await call('file/preview-ics-import', { planId: plan.id, fileName: 'bench.ics', contentBase64 }),
      );
      previews.push(performance.now() - t0);
      const applied = value<{ created: number }>(
        await call('file/apply-ics-import', { planId: plan.id, token: preview.token, includeOutsidePlan: true }),
      );
      times.push(performance.now() - t0);
      events = preview.events.length;
      created = applied.created;
      await t.dispose();
    }
    return {
      ics_import_ms_2k_series: median(times),
      ics_import_ms_2k_series_best: Math.min(...times),
      ics_preview_ms_2k_series: median(previews),
      ics_import_events_2k_series: events,
      ics_import_created_2k_series: created,
      hostile_zip_refused_ms: await refusedMs({ kind: 'table', bytes: lyingZip(2048) }),
      hostile_gzip_refused_ms: await refusedMs({ kind: 'plan-file', bytes: lyingGzip(2048) }),
    };
  },
};
export default suite;
