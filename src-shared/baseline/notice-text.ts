/**
 * The words of an exported 变更单 (the XLSX is written in main, which has no i18n bundles): the
 * same words the renderer's baselines bundle uses for the panel and the printed notice.
 */
import type { BaselineChange } from '../contract-baselines';

type Lang = 'zh-CN' | 'en';

export const NOTICE_TEXT = {
  'zh-CN': {
    sheet: '变更单',
    headers: ['类别', '项目', '变更', '定稿时', '现在', '偏移（天）', '时间', '原因'],
    entity: { activity: '活动', budgetLine: '预算科目', kpi: '指标' },
    change: { added: '新增', removed: '删除', changed: '修改' },
    kinds: {
      moved: '改期',
      resized: '时长',
      resources: '资源',
      segments: '会员分层',
      status: '状态',
      title: '名称',
      type: '类型',
      amount: '金额',
      description: '说明',
      activity: '关联活动',
      target: '目标值',
      name: '名称',
    } as Record<string, string>,
    unknownWhen: '（历史中已无记录）',
  },
  en: {
    sheet: 'Change notice',
    headers: ['Kind', 'Item', 'Change', 'In baseline', 'Now', 'Shift (days)', 'When', 'Why'],
    entity: { activity: 'Activity', budgetLine: 'Budget line', kpi: 'KPI' },
    change: { added: 'Added', removed: 'Removed', changed: 'Changed' },
    kinds: {
      moved: 'moved',
      resized: 'length',
      resources: 'resources',
      segments: 'segments',
      status: 'status',
      title: 'title',
      type: 'type',
      amount: 'amount',
      description: 'description',
      activity: 'linked activity',
      target: 'target',
      name: 'name',
    } as Record<string, string>,
    unknownWhen: '(no longer in the history)',
  },
} as const;

/** "修改（改期、资源）" / "Changed (moved, resources)". */
export function changeKindText(c: BaselineChange, lang: Lang): string {
  const w = NOTICE_TEXT[lang];
  const kinds = c.kinds.map((k) => w.kinds[k] ?? k).join(lang === 'zh-CN' ? '、' : ', ');
  const head = w.change[c.change];
  if (!kinds) return head;
  return lang === 'zh-CN' ? `${head}（${kinds}）` : `${head} (${kinds})`;
}

/** The edit's label, with the solver's reason after it when there is one. */
export function changeWhyText(c: BaselineChange, lang: Lang): string {
  const why = c.why ? c.why[lang] : NOTICE_TEXT[lang].unknownWhen;
  return c.reason ? `${why}${lang === 'zh-CN' ? '：' : ': '}${c.reason[lang]}` : why;
}
