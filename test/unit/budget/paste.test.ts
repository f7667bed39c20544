import { describe, expect, it } from 'vitest';
import { parseDay, parsePastedLines, splitTsv } from '../../../src-shared/budget/paste';
import { DEFAULT_BUDGET_PHASES } from '../../../src-shared/model';

const ctx = {
  activities: [{ id: 'a1', title: '会员大会' }],
  phases: DEFAULT_BUDGET_PHASES,
  defaultPhase: 'planning',
  defaultActivityId: null,
};

describe('pasting rows from Excel/WPS', () => {
  it('reads Chinese headers, ¥ amounts and 万', () => {
    const text =
      '类别\t说明\t预算金额\t实际\t阶段\t活动\n场地租赁\t主会场\t¥12,500.00\t1.2万\t执行\t会员大会\n礼品奖品\t抽奖礼品\t8000\t\t策划\t\n宣传推广\t朋友圈广告\t"1,000"\t0\t\t\n';
    const r = parsePastedLines(text, ctx);
    expect(r.hasHeader).toBe(true);
    expect(r.rows).toHaveLength(3);
    expect(r.rows.every((x) => x.errors.length === 0)).toBe(true);
    expect(r.rows[0].draft).toMatchObject({
      category: 'venue',
      description: '主会场',
      plannedCents: 1_250_000,
      actualCents: 1_200_000,
      phase: 'execution',
      activityId: 'a1',
    });
    expect(r.rows[1].draft).toMatchObject({ category: 'gifts', plannedCents: 800_000, phase: 'planning' });
    expect(r.rows[2].draft).toMatchObject({ category: 'promotion', plannedCents: 100_000 });
  });

  it('reads headerless rows in the default column order', () => {
    const r = parsePastedLines('餐饮住宿\t午餐\t3000\n', ctx);
    expect(r.hasHeader).toBe(false);
    expect(r.rows[0].draft).toMatchObject({ category: 'catering', description: '午餐', plannedCents: 300_000 });
  });

  it('says which cells it could not read', () => {
    const r = parsePastedLines('类别\t预算\t日期\n场地\t-500\t2026-02-30\n其他\tabc\t2026/3/5\n', ctx);
    expect(r.rows[0].errors.map((e) => e.field)).toEqual(['planned', 'date']);
    expect(r.rows[0].errors[0].zh).toContain('金额不能为负数');
    expect(r.rows[1].errors.map((e) => e.field)).toEqual(['planned']);
    expect(r.rows[1].draft.date).toBe('2026-03-05');
  });

  it('keeps an unknown category in the description', () => {
    const r = parsePastedLines('类别\t说明\n快递费\t寄送礼品\n', ctx);
    expect(r.rows[0].draft).toMatchObject({ category: 'other', description: '快递费 寄送礼品' });
  });

  it('splits quoted cells with tabs and newlines as Excel writes them', () => {
    expect(splitTsv('a\t"b\tc"\r\n"d\n""e"""\tf')).toEqual([
      ['a', 'b\tc'],
      ['d\n"e"', 'f'],
    ]);
  });

  it('reads the date forms planners paste', () => {
    expect(parseDay('2026年3月5日')).toBe('2026-03-05');
    expect(parseDay('2026-03')).toBe('2026-03-01');
    expect(parseDay('46086')).toBe('2026-03-05');
    expect(parseDay('昨天')).toBeNull();
  });
});
