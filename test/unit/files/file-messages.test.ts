import { describe, expect, it } from 'vitest';
import { FileRefused } from '../../../src-main/files/limits';
import { parsePlanFile } from '../../../src-main/files/plan-file/parse';
import { readTable } from '../../../src-main/files/worker-jobs';

/** The refusal a planner reads, in both languages. */
async function refusal(work: () => unknown): Promise<{ code: string; zh: string; en: string }> {
  try {
    await work();
  } catch (e) {
    if (e instanceof FileRefused) return e.refusal;
    throw e;
  }
  throw new Error('the file was accepted');
}

const RANDOM = Uint8Array.from({ length: 512 }, (_, i) => (i * 197 + 13) % 256);

// Issue 15: a junk .xlsx was called "这不是文本表格文件（CSV）" and a random-bytes .dangqi "not
// valid UTF-8 text". The messages must say what the file is not, in the planner's words.
describe('messages for files that are not what they claim', () => {
  it('a junk .xlsx given to the table import is not an Excel workbook (not a text-encoding problem)', async () => {
    const r = await refusal(() => readTable(RANDOM, '十月排期.xlsx'));
    expect(r.zh).toContain('不是 Excel 工作簿');
    expect(r.en).toContain('not one');
    expect(r.en).toContain('Excel workbook (.xlsx)');
    for (const text of [r.zh, r.en]) expect(text).not.toMatch(/UTF-8|CSV|文本/);
  });

  it('binary bytes without a workbook name are not a spreadsheet at all', async () => {
    const r = await refusal(() => readTable(Uint8Array.from([0, 1, 2, 3, 0, 9]), 'data.csv'));
    expect(r.zh).toBe('这不是表格文件：既不是 Excel 工作簿（.xlsx），也不是 CSV 文本。');
    expect(r.en).toBe('This is not a spreadsheet: neither an Excel workbook (.xlsx) nor CSV text.');
  });

  it('a random-bytes .dangqi is not a Dangqi plan file (not "not valid UTF-8")', async () => {
    // Random bytes, and a picture renamed .dangqi (a PNG's first bytes).
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    for (const bytes of [RANDOM, png]) {
      const r = await refusal(() => parsePlanFile(bytes));
      expect(r.zh).toMatch(/^这不是档期方案文件（\.dangqi/);
      expect(r.en).toMatch(/^This is not a Dangqi plan file \(\.dangqi/);
      for (const text of [r.zh, r.en]) expect(text).not.toMatch(/UTF-8/);
    }
  });
});
