import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestCore, createTestCore } from '../support/core';

/**
 * Every export in the language of the UI that asked for it: a plan made from a template in the
 * English UI exports with no Chinese in it; one made in the Chinese UI exports with no English
 * words and no internal keys (the phase "execution", the status "planned" …).
 */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
/** Words of three or more lower-case letters; acronyms (VR, SLA, RFM, KPI, CEO) are written in Chinese too. */
const ENGLISH_WORD = /\b[A-Za-z]?[a-z]{3,}\b/g;
const RAW_KEYS =
  /\b(raci|execution|planning|preparation|review|reserve|planned|confirmed|in_progress|festival|conference)\b/;

let core: TestCore;
const plans: Record<'zh-CN' | 'en', string> = { 'zh-CN': '', en: '' };
beforeAll(async () => {
  core = await createTestCore();
  for (const language of ['zh-CN', 'en'] as const) {
    const { plan } = await core.call('plan/create-from-template', {
      templateId: 'member_conference',
      startDate: '2027-03-03',
      planName: language === 'en' ? 'Conference' : '会员大会',
      scale: 30_000,
      language,
    });
    plans[language] = plan.id;
  }
});
afterAll(() => core.dispose());

const text = (b64: string) => Buffer.from(b64, 'base64').toString('utf8');
async function xlsxCells(b64: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(b64, 'base64') as unknown as ExcelJS.Buffer);
  const out: string[] = [];
  wb.eachSheet((ws) => {
    out.push(ws.name);
    ws.eachRow((row) => row.eachCell((cell) => typeof cell.value === 'string' && out.push(cell.value)));
  });
  return out;
}
/** The values of the ICS properties a planner reads (not the protocol's own words). */
const icsReadable = (ics: string) =>
  ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((l) => /^(SUMMARY|DESCRIPTION|CATEGORIES|X-WR-CALNAME)[:;]/.test(l))
    .map((l) => l.slice(l.indexOf(':') + 1));

async function exports(language: 'zh-CN' | 'en'): Promise<Record<string, string[]>> {
  const planId = plans[language];
  const out: Record<string, string[]> = {};
  for (const what of ['activities', 'budget', 'risks'] as const) {
    const csv = await core.call('file/export-table', { planId, what, format: 'csv', language });
    out[`csv ${what}`] = text(csv.contentBase64)
      .replace(/^\uFEFF/, '')
      .split(/\r\n/);
  }
  const xlsx = await core.call('file/export-table', { planId, what: 'all', format: 'xlsx', language });
  out.xlsx = await xlsxCells(xlsx.contentBase64);
  out.ics = icsReadable(text((await core.call('file/export-ics', { planId, language })).contentBase64));
  return out;
}

describe('exports in the UI language', () => {
  it('English: headers, sheets, enum words, phases and template texts are English', async () => {
    const out = await exports('en');
    for (const [what, lines] of Object.entries(out))
      expect(
        lines.filter((l) => CJK.test(l)),
        what,
      ).toEqual([]);
    expect(out['csv activities'][0]).toBe('Title,Type,Status,Start date,End date,Owner,Participants,Notes');
    expect(out['csv budget'].join('\n')).toMatch(/,Execution,/);
    expect(out.xlsx).toEqual(expect.arrayContaining(['Activities', 'Budget', 'Risks', 'Planned']));
    expect(out.ics.join('\n')).toContain('Backup plan: ');
  });

  it('Chinese: no English words, no internal keys, the UI word for a status, one backup label', async () => {
    const out = await exports('zh-CN');
    for (const [what, lines] of Object.entries(out)) {
      const all = lines.join('\n');
      expect(all.match(RAW_KEYS), what).toBeNull();
      expect(all.match(ENGLISH_WORD) ?? [], what).toEqual([]);
    }
    expect(out['csv activities'][1]).toContain(',已排期,');
    expect(out['csv budget'].join('\n')).toMatch(/,执行,/);
    const ics = out.ics.join('\n');
    expect(ics).toContain('备选方案：');
    expect(ics).not.toContain('备选方案：备选方案');
  });

  it('an English export reads back in with every column and enum word recognised', async () => {
    const csv = await core.call('file/export-table', {
      planId: plans.en,
      what: 'activities',
      format: 'csv',
      language: 'en',
    });
    const p = await core.call('file/preview-table-import', {
      planId: plans['zh-CN'],
      target: 'activities',
      fileName: csv.fileName,
      contentBase64: csv.contentBase64,
    });
    expect(Object.values(p.mapping).filter(Boolean).sort()).toEqual(
      ['end', 'notes', 'owner', 'participants', 'start', 'status', 'title', 'type'].sort(),
    );
    expect(p.unreadable).toBe(0);
    const { activities } = await core.call('plan/get-snapshot', { id: plans.en });
    const read = p.rows.map((r) => [r.record?.title, r.record?.type, r.record?.status]);
    expect(read).toEqual(activities.map((a) => [a.title, a.type, a.status]));
    expect(new Set(read.map((r) => r[1])).size).toBeGreaterThan(1);
  });
});
