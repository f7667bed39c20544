import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../../../src-shared/calendar';
import { TEMPLATE_IDS, createPlanDraft } from '../../../src-shared/templates';
import { toEnglish } from '../../../src-shared/templates/english';

/** A plan made in the English UI: every text a planner reads from it is English. */
const cal = createWorkCalendar();
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
/** Fields that carry the Chinese on purpose, beside their English twin (nameZh/nameEn …). */
const BILINGUAL = /^(nameZh|unitZh|approverZh|labelZh|zh-CN)$/;

function chineseTexts(value: unknown, path: string, out: string[]): string[] {
  if (typeof value === 'string') {
    if (CJK.test(value)) out.push(`${path}: ${value}`);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => chineseTexts(v, `${path}[${i}]`, out));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (!BILINGUAL.test(k)) chineseTexts(v, `${path}.${k}`, out);
  }
  return out;
}

describe('templates in English', () => {
  for (const year of [2025, 2027, 2030])
    for (const templateId of TEMPLATE_IDS) {
      it(`${templateId} ${year}: no Chinese left, the same schedule and figures as in Chinese`, () => {
        const request = { templateId, year, startDate: `${year}-03-02`, planName: 'Plan', scale: 20_000 };
        const en = createPlanDraft({ ...request, language: 'en' }, cal);
        const zh = createPlanDraft(request, cal);
        expect(chineseTexts({ ...en, plan: { ...en.plan, name: '' } }, templateId, [])).toEqual([]);
        const shape = (d: typeof en) => ({
          dates: d.activities.map((a) => [a.key, a.start, a.end, a.expectedParticipants]),
          money: d.budgetLines.map((l) => l.plannedCents),
          kpis: d.kpis.map((k) => [k.target, k.triggerThreshold]),
          tasks: d.tasks.map((t) => [t.offsetDays, t.raci.map((r) => r.role)]),
        });
        expect(shape(en)).toEqual(shape(zh));
      });
    }

  it('writes numbers of 万 out, months by name, and leaves unknown text as it is', () => {
    expect(toEnglish('线上观看不足40万：启用直播服务商C等备用推广渠道。')).toBe(
      'Online views below 400,000: open backup promotion channels such as streaming provider C.',
    );
    expect(toEnglish('会员沙龙（3月）')).toBe('Member salon (March)');
    expect(toEnglish('成长期·短视频达人探店（第4月）')).toBe('Growth: Short-video influencer store visits (month 4)');
    expect(toEnglish('我自己写的备注')).toBe('我自己写的备注');
  });
});
