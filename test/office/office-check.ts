/**
 * Our XLSX opened by a real office suite: LibreOffice (headless) converts the export to CSV
 * (every sheet) and re-saves it as XLSX; both come back through our importer with the same
 * activities and budget figures. A script run by npm test (scripts/test.mjs), not a Vitest file, because it needs LibreOffice:
 *
 *   apt-get install -y libreoffice-calc-nogui
 *   npx tsx test/office/office-check.ts   (npm test runs it where LibreOffice is installed)
 *
 * Exits 0 when every check passes, 1 otherwise, 2 when no LibreOffice is installed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestCore } from '../support/core';

const office = ['soffice', 'libreoffice'].find((bin) => {
  try {
    execFileSync(bin, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});
if (!office) {
  process.stderr.write('LibreOffice (soffice) is not installed\n');
  process.exit(2);
}

const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  process.stdout.write(`${ok ? 'ok  ' : 'FAIL'} ${what}\n`);
  if (!ok) failures.push(what);
};

const dir = mkdtempSync(join(tmpdir(), 'dangqi-office-'));
const core = await createTestCore();
try {
  const plan = await core.call('plan/create', {
    name: '2026 Q1 会员档期',
    startDate: '2026-01-01',
    endDate: '2026-03-31',
  });
  const titles = ['春节会员日', '元宵节 "灯谜" 沙龙, 第二场', '=1+1 不是公式', '线上直播'];
  const first = await core.call('activity/create', {
    planId: plan.id,
    title: titles[0],
    type: 'festival',
    start: '2026-02-14',
    end: '2026-02-16',
    owner: '张三',
  });
  await core.call('activity/create', {
    planId: plan.id,
    title: titles[1],
    type: 'salon',
    start: '2026-03-03',
    end: '2026-03-03',
    expectedParticipants: 80,
  });
  await core.call('activity/create', {
    planId: plan.id,
    title: titles[2],
    type: 'other',
    start: '2026-03-10',
    end: '2026-03-11',
  });
  await core.call('activity/create', {
    planId: plan.id,
    title: titles[3],
    type: 'online',
    allDay: false,
    start: '2026-03-20T19:30',
    end: '2026-03-20T21:00',
  });
  await core.call('budget/create-line', {
    planId: plan.id,
    activityId: first.id,
    category: 'venue',
    description: '宴会厅',
    plannedCents: 1_234_567,
    actualCents: 29,
  });

  const out = await core.call('file/export-table', { planId: plan.id, what: 'all', format: 'xlsx' });
  const xlsx = join(dir, 'export.xlsx');
  writeFileSync(xlsx, Buffer.from(out.contentBase64, 'base64'));

  // 1. Every sheet to CSV (UTF-8, comma, quoted text, formatted values as displayed).
  execFileSync(
    office,
    [
      '--headless',
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1',
      '--outdir',
      dir,
      xlsx,
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
  const csvs = readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .sort();
  check(csvs.length === 3, `LibreOffice wrote one CSV per sheet (${csvs.join(', ')})`);
  const actsCsv = csvs.find((f) => f.includes('活动'));
  const budgetCsv = csvs.find((f) => f.includes('预算'));
  const actsText = actsCsv ? readFileSync(join(dir, actsCsv), 'utf8') : '';
  for (const t of titles)
    check(actsText.includes(t.replaceAll('"', '""')) || actsText.includes(t), `title present as text: ${t}`);
  check(actsText.includes('2026-02-14'), 'all-day date displayed as 2026-02-14');
  check(actsText.includes('2026-03-20 19:30'), 'timed start displayed as 2026-03-20 19:30');
  const budgetText = budgetCsv ? readFileSync(join(dir, budgetCsv), 'utf8') : '';
  check(budgetText.includes('12,345.67'), 'money displayed with the ¥#,##0.00 format');

  // 2. LibreOffice's CSV and its re-saved XLSX back through our importer: same activities.
  execFileSync(
    office,
    ['--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', join(dir, 'resaved'), xlsx],
    { stdio: 'ignore', timeout: 120_000 },
  );
  const original = (await core.call('plan/get-snapshot', { id: plan.id })).activities;
  const pick = (a: { title: string; type: string; allDay: boolean; start: string; end: string }) =>
    `${a.title}|${a.type}|${a.allDay}|${a.start}|${a.end}`;
  for (const [label, file] of [
    ['LibreOffice CSV', actsCsv ? join(dir, actsCsv) : ''],
    ['LibreOffice XLSX', join(dir, 'resaved', 'export.xlsx')],
  ] as const) {
    const target = await core.call('plan/create', { name: label, startDate: '2026-01-01', endDate: '2026-12-31' });
    const p = await core.call('file/preview-table-import', {
      planId: target.id,
      target: 'activities',
      fileName: file,
      contentBase64: readFileSync(file).toString('base64'),
      ...(label.includes('XLSX') ? { sheet: '活动' } : {}),
    });
    check(p.unreadable === 0, `${label}: every row readable (${p.unreadable} not)`);
    await core.call('file/apply-table-import', {
      planId: target.id,
      target: 'activities',
      token: p.token,
      ...(label.includes('XLSX') ? { sheet: '活动' } : {}),
    });
    const back = (await core.call('plan/get-snapshot', { id: target.id })).activities;
    check(
      JSON.stringify(back.map(pick).sort()) === JSON.stringify(original.map(pick).sort()),
      `${label}: same activities after the round trip`,
    );
  }

  // 3. The budget sheet as LibreOffice displays it (¥12,345.67) comes back to the cent.
  if (budgetCsv) {
    // Previewed against the source plan, whose activity the line names; nothing is written.
    const p = await core.call('file/preview-table-import', {
      planId: plan.id,
      target: 'budget',
      fileName: budgetCsv,
      contentBase64: readFileSync(join(dir, budgetCsv)).toString('base64'),
    });
    const line = p.rows[0]?.record ?? {};
    check(
      line.plannedCents === 1_234_567 && line.actualCents === 29,
      `LibreOffice budget CSV: amounts to the cent (${JSON.stringify(line)})`,
    );
  }
} finally {
  await core.dispose();
  rmSync(dir, { recursive: true, force: true });
}
process.stdout.write(failures.length === 0 ? 'all office checks passed\n' : `${failures.length} check(s) failed\n`);
process.exit(failures.length === 0 ? 0 : 1);
