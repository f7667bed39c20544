import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestCore, createTestCore } from '../support/core';
import { seedQuarter } from '../support/fixtures';

let core: TestCore;
beforeEach(async () => {
  core = await createTestCore();
});
afterEach(() => core.dispose());

describe('the 变更单 as XLSX', () => {
  it('lists each change with its dates, shift and why, in the chosen language', async () => {
    const { plan, activity } = await seedQuarter(core);
    const base = await core.call('baseline/freeze', { planId: plan.id, name: '2026年2月定稿', month: '2026-02' });
    await core.call('activity/update', { id: activity.id, start: '2026-02-17', end: '2026-02-19' });
    for (const language of ['zh-CN', 'en'] as const) {
      const d = await core.call('baseline/export-notice', { id: base.id, language });
      expect(d.fileName.endsWith('.xlsx')).toBe(true);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(d.contentBase64, 'base64') as unknown as ArrayBuffer);
      const sheet = wb.worksheets[0];
      const header = sheet.getRow(1).values as unknown[];
      expect(header).toContain(language === 'zh-CN' ? '偏移（天）' : 'Shift (days)');
      expect(String(sheet.getRow(2).getCell(1).value)).toContain('2026年2月定稿');
      const row = sheet.getRow(3);
      expect(row.getCell(2).value).toBe('春节会员日');
      expect(row.getCell(3).value).toBe(language === 'zh-CN' ? '修改（改期）' : 'Changed (moved)');
      expect(row.getCell(6).value).toBe(3);
      expect(String(row.getCell(8).value)).toBe(
        language === 'zh-CN' ? '修改活动「春节会员日」' : 'Edit activity “春节会员日”',
      );
    }
  });
});
