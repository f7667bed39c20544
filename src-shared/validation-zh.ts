/**
 * Chinese wording for validation failures. Zod reports in English; planners read Chinese, so
 * every refused field gets a Chinese sentence too: known rule messages from our schemas by
 * dictionary, zod's built-in checks by their issue code.
 */
const KNOWN: Record<string, string> = {
  'a channel needs a daily capacity (sends per day)': '渠道需要填写每日容量（每日发送量）',
  'a name is longer than 100 characters': '名称超过 100 个字符',
  'a resource may be claimed once per activity': '同一活动中每个资源只能占用一次',
  'a segment may be targeted once per activity': '同一活动中每个会员分层只能选择一次',
  'a task needs an offset from its activity or a fixed date': '任务需要相对活动的偏移天数（如 T-60）或固定日期',
  'an early warning on a KPI needs a threshold': '基于指标的预警需要设置阈值',
  'bands must rise and the last must reach 25': '风险等级分档须递增，最后一档须达到 25',
  'each person may hold only one RACI role on a task': '同一任务中每人只能担任一种 RACI 角色',
  'end must be after start': '结束时间必须晚于开始时间',
  'give a status or a non-zero shift': '请给出新状态或不为零的平移天数',
  'endDate must not be before startDate': '结束日期不能早于开始日期',
  'expected YYYY-MM-DD or YYYY-MM-DDTHH:mm': '日期格式应为 YYYY-MM-DD 或 YYYY-MM-DDTHH:mm',
  'expected a real date YYYY-MM-DD': '应为真实存在的日期（YYYY-MM-DD）',
  'expected a real date-time YYYY-MM-DDTHH:mm': '应为真实存在的日期时间（YYYY-MM-DDTHH:mm）',
  'all-day start must be YYYY-MM-DD': '全天活动的开始日期格式应为 YYYY-MM-DD',
  'all-day end must be YYYY-MM-DD': '全天活动的结束日期格式应为 YYYY-MM-DD',
  'timed start must be YYYY-MM-DDTHH:mm': '定时活动的开始时间格式应为 YYYY-MM-DDTHH:mm',
  'timed end must be YYYY-MM-DDTHH:mm': '定时活动的结束时间格式应为 YYYY-MM-DDTHH:mm',
  'give a start date or a year': '请填写开始日期或年份',
  'expected an IANA time zone such as Asia/Shanghai': '应为有效的时区，例如 Asia/Shanghai',
  'expected an ISO 4217 code such as CNY': '应为三位货币代码，例如 CNY',
  'phase end must not be before its start': '阶段结束不能早于开始',
  'phase keys must be unique': '阶段标识不能重复',
  'the file lists no days': '文件中没有任何日期',
  'the name is empty': '名称为空',
  'tiers must rise and only the last may be unbounded': '审批层级金额须递增，只有最后一级可以不设上限',
  'to must not precede from': '结束不能早于开始',
  'unknown activity': '未知的活动',
  'window end must not be before window start': '允许窗口的结束不能早于开始',
};

/** The parts of a zod issue the translation reads (kept structural so src-shared needs no zod internals). */
export interface IssueLike {
  code?: string;
  message: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  expected?: string;
  keys?: string[];
}

export function issueInChinese(issue: IssueLike): string {
  const known = KNOWN[issue.message];
  if (known) return known;
  if (/^phase shares sum to (\d+)%, not 100%$/.test(issue.message)) {
    return `各阶段占比合计 ${issue.message.match(/\d+/)?.[0]}%，应为 100%`;
  }
  const n = (v: number | bigint | undefined) => (v === undefined ? '' : String(v));
  switch (issue.code) {
    case 'invalid_type':
      return issue.message.includes('received undefined') ? '必填项' : `类型不正确（应为 ${issue.expected ?? '?'}）`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? '不能为空' : `至少 ${n(issue.minimum)} 个字符`;
      if (issue.origin === 'array') return `至少需要 ${n(issue.minimum)} 项`;
      return `不能小于 ${n(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'string') return `不能超过 ${n(issue.maximum)} 个字符`;
      if (issue.origin === 'array') return `最多 ${n(issue.maximum)} 项`;
      return `不能大于 ${n(issue.maximum)}`;
    case 'invalid_format':
      return '格式不正确';
    case 'invalid_value':
      return '不是允许的取值';
    case 'unrecognized_keys':
      return `包含未知字段：${(issue.keys ?? []).join('、')}`;
    case 'invalid_union':
      return '取值不符合任何允许的形式';
    case 'not_multiple_of':
      return '必须是整数';
    default:
      return `未通过校验（${issue.message}）`;
  }
}
