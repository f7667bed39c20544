/**
 * What planners call the fields of our requests, for messages that name a field: a refusal says
 * "预计参与人数：…", never "expectedParticipants：…". A field not listed here is not named at all
 * (the message alone is shown) rather than leak an internal key.
 */
export const FIELD_LABELS: Record<string, { 'zh-CN': string; en: string }> = {
  title: { 'zh-CN': '标题', en: 'Title' },
  name: { 'zh-CN': '名称', en: 'Name' },
  planName: { 'zh-CN': '方案名称', en: 'Plan name' },
  type: { 'zh-CN': '类型', en: 'Type' },
  status: { 'zh-CN': '状态', en: 'Status' },
  priority: { 'zh-CN': '优先级', en: 'Priority' },
  start: { 'zh-CN': '开始', en: 'Start' },
  end: { 'zh-CN': '结束', en: 'End' },
  startDate: { 'zh-CN': '开始日期', en: 'Start date' },
  endDate: { 'zh-CN': '结束日期', en: 'End date' },
  allDay: { 'zh-CN': '全天', en: 'All day' },
  windowStart: { 'zh-CN': '最早开始日', en: 'Earliest start' },
  windowEnd: { 'zh-CN': '最晚结束日', en: 'Latest end' },
  owner: { 'zh-CN': '负责人', en: 'Owner' },
  expectedParticipants: { 'zh-CN': '预计参与人数', en: 'Expected participants' },
  notes: { 'zh-CN': '备注', en: 'Notes' },
  backupPlan: { 'zh-CN': '备选方案', en: 'Backup plan' },
  claims: { 'zh-CN': '占用资源', en: 'Resources' },
  quantity: { 'zh-CN': '数量', en: 'Quantity' },
  dailyCapacity: { 'zh-CN': '日容量', en: 'Daily capacity' },
  periodCapacity: { 'zh-CN': '月容量', en: 'Monthly capacity' },
  timeZone: { 'zh-CN': '时区', en: 'Time zone' },
  currency: { 'zh-CN': '币种', en: 'Currency' },
  phase: { 'zh-CN': '阶段', en: 'Phase' },
  category: { 'zh-CN': '类别', en: 'Category' },
  description: { 'zh-CN': '说明', en: 'Description' },
  plannedCents: { 'zh-CN': '预算金额', en: 'Planned' },
  committedCents: { 'zh-CN': '已承诺金额', en: 'Committed' },
  actualCents: { 'zh-CN': '实际金额', en: 'Actual' },
  reserveCents: { 'zh-CN': '预备金', en: 'Reserve' },
  date: { 'zh-CN': '日期', en: 'Date' },
  probability: { 'zh-CN': '发生概率', en: 'Probability' },
  impact: { 'zh-CN': '影响程度', en: 'Impact' },
  mitigation: { 'zh-CN': '应对措施', en: 'Mitigation' },
  contingency: { 'zh-CN': '应急预案', en: 'Contingency' },
  triggerThreshold: { 'zh-CN': '预警阈值', en: 'Warning threshold' },
  triggerAction: { 'zh-CN': '触发措施', en: 'Trigger action' },
  responseMinutes: { 'zh-CN': '响应时限', en: 'Response time' },
  emergencyLevel: { 'zh-CN': '应急级别', en: 'Emergency level' },
  unit: { 'zh-CN': '单位', en: 'Unit' },
  target: { 'zh-CN': '目标值', en: 'Target' },
  baseline: { 'zh-CN': '基线', en: 'Baseline' },
  actual: { 'zh-CN': '实际值', en: 'Actual' },
  offsetDays: { 'zh-CN': '相对天数（T±）', en: 'Offset (T±days)' },
  durationDays: { 'zh-CN': '工期（天）', en: 'Duration (days)' },
  leadDays: { 'zh-CN': '提前期（天）', en: 'Lead time (days)' },
  fixedDate: { 'zh-CN': '固定日期', en: 'Fixed date' },
  raci: { 'zh-CN': '责任矩阵', en: 'RACI' },
  scale: { 'zh-CN': '预计会员数', en: 'Expected members' },
  year: { 'zh-CN': '年份', en: 'Year' },
  budgetYuan: { 'zh-CN': '总预算', en: 'Total budget' },
  revenuePerMemberYuan: { 'zh-CN': '每会员年营收', en: 'Revenue per member' },
  budgetPhases: { 'zh-CN': '预算阶段', en: 'Budget phases' },
  sharePercent: { 'zh-CN': '占比', en: 'Share' },
  contingencySharePercent: { 'zh-CN': '预备金比例', en: 'Contingency share' },
  blackoutDates: { 'zh-CN': '禁排日', en: 'Blackout dates' },
  assumptions: { 'zh-CN': '依据与假设', en: 'Figures and assumptions' },
  value: { 'zh-CN': '数值', en: 'Value' },
};

/** The label of the innermost named field of a path (`claims.0.quantity` → 数量), or null. */
export function fieldLabel(path: readonly (string | number)[], lang: 'zh-CN' | 'en'): string | null {
  for (let i = path.length - 1; i >= 0; i--) {
    const part = path[i];
    if (typeof part === 'number' || /^\d+$/.test(String(part))) continue;
    return FIELD_LABELS[String(part)]?.[lang] ?? null;
  }
  return null;
}
