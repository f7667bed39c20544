import { createWorkCalendar } from '../src-shared/calendar';
import { TEMPLATE_IDS, createPlanDraft } from '../src-shared/templates';
import { toEnglish } from '../src-shared/templates/english/translate';
const cal = createWorkCalendar();
const out = new Set<string>();
const CJK = /[\u3000-\u9fff\uff00-\uffef]/;
const walk = (v: unknown) => {
  if (typeof v === 'string') { if (CJK.test(v)) { const e = toEnglish(v); if (CJK.test(e)) out.add(e.replace(/\d[\d,.]*\d|\d/g, '#')); } return; }
  if (Array.isArray(v)) { v.forEach(walk); return; }
  if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (!/notices|phases|budgetPhases|approval|nameZh|unitZh/.test(k)) walk(x);
};
for (const year of [2025, 2027, 2030]) for (const templateId of TEMPLATE_IDS)
  walk(createPlanDraft({ templateId, year, startDate: `${year}-03-02`, planName: 'x', scale: 20_000 }, cal));
console.log([...out].join('\n'));
