import type { RaciEntry } from '../model';
import type { DraftTask } from './draft';

/**
 * The member conference's 60-day countdown (倒计时60天, docs/domain.md §3) as tasks hanging off the
 * main forum by T-offsets: venue booking three months ahead, topic collection from T-60, kickoff
 * at T-45, volunteers at T-30, fixes after the T-14 pressure test, explicit buffer time, the day,
 * and the review to T+30. Each row has its prerequisites and its row of the RACI matrix.
 */
type Row = [
  key: string,
  title: string,
  offset: number,
  duration: number,
  lead: number | null,
  milestone: boolean,
  dependsOn: string[],
  raci: string,
];

const COUNTDOWN: Row[] = [
  ['venue-booking', '会场预订（提前3个月）', -90, 3, 60, true, [], 'A:项目经理 R:现场协调'],
  ['topic-collection', '议题征集（会员代表参与）', -60, 14, 30, false, [], 'A:项目经理 R:议程策划 C:会员代表'],
  ['kickoff', '跨部门启动会', -45, 1, 30, true, ['topic-collection'], 'A:项目经理 R:议程策划 C:技术工程师 I:现场协调'],
  ['guests', '嘉宾邀请与确认', -40, 20, 14, false, ['kickoff'], 'A:项目经理 R:议程策划'],
  // 实施方案 7.2: technical resources are bought and tested 60 days ahead (T-60).
  [
    'vendor-stream',
    '技术资源采购与测试（T-60）：直播服务商主/备签约，SLA 1分钟内切换',
    -60,
    7,
    21,
    true,
    [],
    'A:项目经理 R:技术工程师',
  ],
  [
    'vendor-vr',
    '技术资源采购与测试（T-60）：VR供应商（2家）、签到系统与数据分析公司',
    -60,
    7,
    21,
    false,
    [],
    'A:项目经理 R:技术工程师',
  ],
  ['volunteers', '志愿者招募（20名学生志愿者）', -30, 10, 14, true, ['kickoff'], 'A:项目经理 R:现场协调 I:学生志愿者'],
  [
    'invitations',
    '会员邀约（RFM：高15%/中30%/低55%）',
    -30,
    14,
    7,
    false,
    ['kickoff'],
    'A:项目经理 R:议程策划 C:会员代表',
  ],
  ['test-fixes', '压力测试问题整改', -13, 5, 3, false, ['vendor-stream', 'vendor-vr'], 'A:项目经理 R:技术工程师'],
  ['volunteer-training', '志愿者培训与彩排', -7, 2, 3, false, ['volunteers'], 'A:现场协调 R:学生志愿者'],
  [
    'buffer',
    '缓冲时间（不安排新工作）',
    -5,
    4,
    1,
    false,
    ['test-fixes', 'volunteer-training'],
    'A:项目经理 R:现场协调',
  ],
  [
    'execution',
    '大会执行',
    0,
    1,
    null,
    true,
    ['buffer', 'guests', 'invitations'],
    'A:项目经理 R:现场协调 C:技术工程师 I:会员代表',
  ],
  ['analysis', '数据分析与满意度调研', 1, 7, null, false, ['execution'], 'A:项目经理 R:议程策划'],
  ['suggestions', '会员建议分类与落实计划', 8, 10, null, false, ['analysis'], 'A:项目经理 R:议程策划 C:会员代表'],
  ['report-draft', '复盘报告撰写', 18, 12, null, false, ['suggestions'], 'A:项目经理 R:议程策划'],
  // 实施方案 3.3: the review phase runs one month after the day; the report is published at T+30.
  ['report', '复盘报告与成果公示（T+30）', 30, 1, null, true, ['report-draft'], 'A:项目经理 R:议程策划 I:会员代表'],
];

function raciOf(text: string): RaciEntry[] {
  return text.split(' ').map((part) => {
    const [role, person] = part.split(':');
    return { role: role as RaciEntry['role'], person };
  });
}

export function conferenceTasks(mainKey: string): DraftTask[] {
  const tasks: DraftTask[] = COUNTDOWN.map(
    ([key, title, offsetDays, durationDays, leadDays, milestone, deps, raci]) => ({
      key,
      activityKey: mainKey,
      title,
      offsetDays,
      durationDays,
      leadDays,
      milestone,
      owner: raciOf(raci).find((e) => e.role === 'R')?.person ?? '项目经理',
      dependsOnKeys: deps,
      raci: raciOf(raci),
    }),
  );
  for (let w = -56; w <= -7; w += 7) {
    tasks.push({
      activityKey: mainKey,
      title: `周进度与预算检查（T${w}）`,
      offsetDays: w,
      durationDays: 1,
      owner: '项目经理',
      notes: '每周进度复盘与预算核查；超支部分需提交审批说明。',
      raci: raciOf('A:项目经理 R:议程策划'),
    });
  }
  return tasks;
}
