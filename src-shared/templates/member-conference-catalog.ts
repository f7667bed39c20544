import type { DraftKpi, DraftResource, DraftRisk } from './draft';
import { SMS_CHANNEL } from './common';

/**
 * The member conference's people, equipment, vendors, KPIs and risks (docs/domain.md §3), as data.
 * People and equipment are counted resources: the sessions of the day claim them by quantity,
 * so a session that needs more cameras than are free is a capacity conflict, not a surprise.
 */
export const CONFERENCE_RESOURCES: DraftResource[] = [
  { key: 'venue_conf', name: '会议中心主会场', kind: 'venue', quantity: 1, notes: '主会场，提前3个月锁定档期' },
  {
    key: 'venue_conf_sub',
    name: '会议中心分会场',
    kind: 'venue',
    quantity: 1,
    notes: 'VR体验分会场',
  },
  {
    key: 'staff_pm',
    name: '项目经理',
    kind: 'staff',
    quantity: 1,
    notes: '责任矩阵：全流程统筹（A）',
  },
  {
    key: 'staff_agenda',
    name: '议程策划',
    kind: 'staff',
    quantity: 3,
    notes: '责任矩阵：议程与嘉宾（R）',
  },
  {
    key: 'staff_engineer',
    name: '技术工程师',
    kind: 'staff',
    quantity: 5,
    notes: '责任矩阵：直播、VR与签到（R）',
  },
  { key: 'staff_site', name: '现场协调', kind: 'staff', quantity: 8, notes: '责任矩阵：现场签到、引导、应急（R）' },
  { key: 'staff_reps', name: '会员代表', kind: 'staff', quantity: 10, notes: '责任矩阵：议题咨询（C）' },
  {
    key: 'staff_volunteer',
    name: '学生志愿者',
    kind: 'staff',
    quantity: 20,
    notes: '责任矩阵：知会（I），现场引导与秩序维护',
  },
  { key: 'eq_camera', name: '4K摄像机', kind: 'equipment', quantity: 6 },
  { key: 'eq_vr', name: 'VR设备', kind: 'equipment', quantity: 20 },
  { key: 'eq_checkin', name: '签到系统', kind: 'equipment', quantity: 3 },
  {
    key: 'vendor_stream_a',
    name: '直播服务商A（主）',
    kind: 'staff',
    quantity: 1,
    notes: '供应商。SLA：故障1分钟内切换备用线路',
  },
  {
    key: 'vendor_stream_b',
    name: '直播服务商B（备）',
    kind: 'staff',
    quantity: 1,
    notes: '供应商，热备。SLA：1分钟内接管',
  },
  {
    key: 'vendor_stream_c',
    name: '直播服务商C（备）',
    kind: 'staff',
    quantity: 1,
    notes: '冷备：线上观看不足40万时启用的备用渠道',
  },
  {
    key: 'vendor_vr_a',
    name: 'VR供应商甲',
    kind: 'staff',
    quantity: 1,
    notes: '供应商。SLA：30分钟内现场补位（假设）',
  },
  { key: 'vendor_vr_b', name: 'VR供应商乙', kind: 'staff', quantity: 1, notes: '供应商，备用' },
  {
    key: 'vendor_analytics',
    name: '数据分析公司',
    kind: 'staff',
    quantity: 1,
    notes: '供应商。SLA：7天内提交首份报告（假设）',
  },
  {
    key: 'ch_sms',
    name: '短信通道',
    kind: 'channel',
    ...SMS_CHANNEL,
  },
];

/** RFM split for invitations (docs/domain.md §1): high value 15%, mid 30%, low 55%. */
export const RFM_SEGMENTS = [
  { key: 'rfm_high', name: '高价值会员（RFM）', share: 0.15 },
  { key: 'rfm_mid', name: '中价值会员（RFM）', share: 0.3 },
  { key: 'rfm_low', name: '低价值会员（RFM）', share: 0.55 },
] as const;

export function conferenceKpis(mainKey: string, attendees: number): DraftKpi[] {
  return [
    {
      key: 'kpi-topic-match',
      phase: 'preparation',
      name: '议题匹配度',
      unit: '%',
      target: 90,
      triggerThreshold: 85,
      triggerComparison: 'lt',
      triggerAction: '议题匹配度低于85%：议题征集延长3天。',
    },
    { phase: 'preparation', name: '邀约覆盖率', unit: '%', target: 95 },
    { phase: 'execution', activityKey: mainKey, name: '出席率', unit: '%', target: 85 },
    {
      phase: 'execution',
      activityKey: mainKey,
      name: '现场出席人数',
      unit: '人',
      target: Math.round(attendees * 0.85),
    },
    { phase: 'execution', activityKey: mainKey, name: '互动率', unit: '%', target: 60 },
    { phase: 'execution', activityKey: mainKey, name: '现场满意度', unit: '%', target: 90 },
    {
      key: 'kpi-online-views',
      phase: 'execution',
      name: '线上观看人次',
      unit: '人次',
      // 实施方案 3.3: the target is 500,000 views; under 400,000 the backup channels open.
      target: 500_000,
      triggerThreshold: 400_000,
      triggerComparison: 'lt',
      triggerAction: '线上观看不足40万：启用直播服务商C等备用推广渠道。',
    },
    { phase: 'review', name: '会员建议落实率', unit: '%', target: 70 },
    { phase: 'review', name: '复盘满意度', unit: '%', target: 92 },
    { phase: 'raci', name: '项目经理：里程碑按期完成率', unit: '%', target: 100 },
    { phase: 'raci', name: '议程策划：议程按时定稿率', unit: '%', target: 100 },
    { phase: 'raci', name: '技术工程师：直播故障切换时长', unit: '分钟', target: 1, higherIsBetter: false },
    { phase: 'raci', name: '现场协调：签到排队时长', unit: '分钟', target: 10, higherIsBetter: false },
    { phase: 'raci', name: '会员代表：议题建议采纳数', unit: '条', target: 20 },
    { phase: 'raci', name: '学生志愿者：服务满意度', unit: '%', target: 90 },
  ];
}

export function conferenceRisks(mainKey: string): DraftRisk[] {
  const base = { activityKey: mainKey } as const;
  return [
    {
      ...base,
      title: '技术风险：直播中断或画面故障',
      category: 'technical',
      probability: 2,
      impact: 5,
      owner: '技术工程师',
      mitigation: 'T-14压力测试；主备直播服务商热备。响应目标：故障1分钟内切换备用线路。',
      contingency: '切换直播服务商B；线上观看不足40万时启用服务商C备用渠道。',
      triggerKpiKey: 'kpi-online-views',
      triggerThreshold: 400_000,
      triggerDirection: 'below',
      responseMinutes: 1,
      residualProbability: 1,
      residualImpact: 4,
      linkedActivityKeys: ['conf-stream', 'conf-pressure-test'],
    },
    {
      ...base,
      title: '数据安全风险：报名与签到数据泄露',
      category: 'data_security',
      probability: 1,
      impact: 5,
      owner: '技术工程师',
      mitigation: '最小权限、数据脱敏、供应商保密协议。响应目标：发现后15分钟内隔离。',
      contingency: '启动数据安全事件预案，按规定报告并通知受影响会员。',
      triggerNote: '异常导出或越权访问告警',
      responseMinutes: 15,
      residualProbability: 1,
      residualImpact: 3,
    },
    {
      ...base,
      title: '体验风险：签到排队与VR体验等待过长',
      category: 'experience',
      probability: 3,
      impact: 3,
      owner: '现场协调',
      mitigation: '3套签到系统分流，VR分时预约。响应目标：排队超10分钟即增开通道。',
      contingency: '志愿者引导至备用签到点，VR改为预约制。',
      triggerNote: '签到排队超过10分钟',
      responseMinutes: 10,
      residualProbability: 2,
      residualImpact: 2,
      linkedActivityKeys: ['conf-vr'],
    },
    {
      ...base,
      title: '舆情风险：负面评价在社交媒体扩散',
      category: 'public_opinion',
      probability: 2,
      impact: 4,
      owner: '项目经理',
      mitigation: '全程舆情监测。响应目标：负面舆情30分钟内回应。',
      contingency: '发布官方说明，一对一回访投诉会员。',
      triggerNote: '出现负面舆情',
      responseMinutes: 30,
      residualProbability: 1,
      residualImpact: 3,
    },
    {
      ...base,
      title: '合规风险：抽奖、广告用语与个人信息处理',
      category: 'legal',
      probability: 1,
      impact: 4,
      owner: '项目经理',
      mitigation: '物料与规则经法务审核。响应目标：问题24小时内整改。',
      contingency: '撤下违规物料并公告更正。',
      responseMinutes: 1440,
      residualProbability: 1,
      residualImpact: 2,
    },
  ];
}
