import { dayFromNumber } from '../model/dates';
import { RULE_FIXES, RULE_IDS, severityOf, type RuleId } from './catalog';
import { NO_DAY, type CompiledModel } from './compile';
import type { Finding } from './finding';
import type { RawFinding } from './raw';

/** Turns a RawFinding into the contract's Finding: ids, a stable key and the zh-CN/en sentences. */
export function materialize(m: CompiledModel, r: RawFinding): Finding {
  const done = r.cached;
  if (done) return done;
  const rule = RULE_IDS[r.rule];
  const acts = m.input.activities;
  const named = r.acts;
  const activityIds: string[] = new Array<string>(named.length);
  for (let k = 0; k < named.length; k++) activityIds[k] = acts[named[k]].id;
  const planIds = r.plan >= 0 ? [m.input.plans[r.plan].id] : [...new Set(Array.from(named, (i) => acts[i].planId))];
  const [key, zh, en] = describe(m, rule, r);
  const weight = m.weights[r.rule];
  const finding: Finding = {
    key,
    ruleId: rule,
    severity: severityOf(rule),
    weight,
    amount: r.amount,
    penalty: weight * r.amount,
    activityIds,
    resourceIds: r.res >= 0 ? [m.input.resources[r.res].id] : [],
    segmentIds: r.seg >= 0 ? [m.input.segments[r.seg].id] : [],
    planIds,
    span: r.from === NO_DAY ? null : { start: dayFromNumber(m.base + r.from), end: dayFromNumber(m.base + r.to) },
    message: { 'zh-CN': zh, en },
    fixes: RULE_FIXES[rule],
  };
  r.cached = finding;
  return finding;
}

const cny = (cents: number): string => (cents / 100).toLocaleString('en-US', { maximumFractionDigits: 2 });
const pct = (share: number): number => Math.round(share * 100);
const s = (n: number): string => (n === 1 ? '' : 's');

/** "「A」、「B」 等 N 项" / "\"A\", \"B\" and N more". */
function titles(m: CompiledModel, acts: ArrayLike<number>, zh: boolean): string {
  const shown = Math.min(acts.length, 3);
  const parts: string[] = [];
  for (let k = 0; k < shown; k++) parts.push(m.input.activities[acts[k]].title);
  const more = acts.length - shown;
  if (zh) return parts.map((t) => `「${t}」`).join('、') + (more > 0 ? ` 等 ${acts.length} 项` : '');
  return parts.map((t) => `"${t}"`).join(', ') + (more > 0 ? ` and ${more} more` : '');
}

function describe(m: CompiledModel, rule: RuleId, r: RawFinding): [string, string, string] {
  const day = (d: number) => dayFromNumber(m.base + d);
  const acts = r.acts; // one view of the store's pool for the whole description
  const act = acts.length > 0 ? m.input.activities[acts[0]] : undefined;
  const t = act?.title ?? '';
  const res = r.res >= 0 ? m.input.resources[r.res] : undefined;
  const seg = r.seg >= 0 ? m.input.segments[r.seg] : undefined;
  const plan = r.plan >= 0 ? m.input.plans[r.plan] : undefined;
  const st = m.settings;
  switch (rule) {
    case 'resource.capacity': {
      const q = m.resQty[r.res];
      return [
        `${rule}:${res?.id}:${r.a}`,
        `资源「${res?.name}」超出容量：${day(r.from)} 至 ${day(r.to)} 共需 ${q + r.amount}，仅有 ${q}（${titles(m, acts, true)}）`,
        `"${res?.name}" is over capacity from ${day(r.from)} to ${day(r.to)}: ${q + r.amount} needed, ${q} available (${titles(m, acts, false)})`,
      ];
    }
    case 'channel.capacity':
      return [
        `${rule}:${res?.id}:${r.from}`,
        `渠道「${res?.name}」日发送量超限：${day(r.from)} 至 ${day(r.to)} 最多超出 ${r.a} 条（日上限 ${m.resDaily[r.res]}）`,
        `Channel "${res?.name}" exceeds its daily capacity from ${day(r.from)} to ${day(r.to)} by up to ${r.a} sends (limit ${m.resDaily[r.res]}/day)`,
      ];
    case 'channel.period_capacity':
      return [
        `${rule}:${res?.id}:${r.from}`,
        `渠道「${res?.name}」月发送量超限：${day(r.from).slice(0, 7)} 共需 ${r.a.toLocaleString('en-US')} 条，月上限 ${r.b.toLocaleString('en-US')} 条（${titles(m, acts, true)}）`,
        `Channel "${res?.name}" exceeds its monthly capacity in ${day(r.from).slice(0, 7)}: ${r.a.toLocaleString('en-US')} sends, limit ${r.b.toLocaleString('en-US')}/month (${titles(m, acts, false)})`,
      ];
    case 'resource.unavailable':
      return [
        `${rule}:${act?.id}:${res?.id}`,
        `「${t}」使用的资源「${res?.name}」在 ${day(r.from)} 不可用（共 ${r.amount} 天）`,
        `"${t}" uses "${res?.name}", which is unavailable on ${day(r.from)} (${r.amount} day${s(r.amount)})`,
      ];
    case 'plan.blackout':
      return [
        `${rule}:${act?.id}`,
        `「${t}」落在方案禁排日 ${day(r.from)}（共 ${r.amount} 天）`,
        `"${t}" falls on the plan's blackout date ${day(r.from)} (${r.amount} day${s(r.amount)})`,
      ];
    case 'activity.window':
      return [
        `${rule}:${act?.id}`,
        r.a ? `「${t}」早于最早开始日 ${day(r.b)}` : `「${t}」晚于最晚结束日 ${day(r.b)}`,
        r.a ? `"${t}" starts before its earliest start ${day(r.b)}` : `"${t}" ends after its latest end ${day(r.b)}`,
      ];
    case 'task.lead_time': {
      const task = m.taskRef[r.a];
      const lead = m.taskLead[r.a];
      return [
        `${rule}:${task.id}`,
        `任务「${task.title}」须在「${t}」开始前 ${lead} 天完成（${day(r.from - 1)} 前），现于 ${day(r.to)} 结束`,
        `Task "${task.title}" must finish ${lead} days before "${t}" starts (by ${day(r.from - 1)}) but ends ${day(r.to)}`,
      ];
    }
    case 'activity.precedence': {
      const b = m.input.activities[acts[1]];
      const gap = m.precGap[r.a];
      return [
        `${rule}:${act?.id}:${b.id}`,
        `「${t}」须在「${b.title}」开始前${gap > 0 ? ` ${gap} 天` : ''}结束，现差 ${r.amount} 天`,
        `"${t}" must end${gap > 0 ? ` ${gap} days` : ''} before "${b.title}" starts; ${r.amount} day${s(r.amount)} short`,
      ];
    }
    case 'festival.window': {
      const [zh, en] = m.festName[r.a].split('|');
      return [
        `${rule}:${act?.id}`,
        `节日主题活动「${t}」距最近的节日窗口（${zh}）还差 ${r.amount} 天`,
        `Festival activity "${t}" is ${r.amount} days away from the nearest festival window (${en})`,
      ];
    }
    case 'phase.buffer': {
      const name = m.phName[r.a];
      return [
        `${rule}:${act?.id}`,
        `「${t}」占用了阶段「${name}」的缓冲时间（${day(m.phBuf[r.a])} 起）${r.amount} 天`,
        `"${t}" takes ${r.amount} day${s(r.amount)} of phase "${name}"'s buffer (from ${day(m.phBuf[r.a])})`,
      ];
    }
    case 'segment.min_gap':
      return [
        `${rule}:${seg?.id}:${r.from}`,
        `会员分层「${seg?.name}」触达过密：${titles(m, acts, true)} 间隔不足 ${m.segGap[r.seg]} 天`,
        `Segment "${seg?.name}" is targeted too often: ${titles(m, acts, false)} are less than ${m.segGap[r.seg]} days apart`,
      ];
    case 'segment.weekly_max':
      return [
        `${rule}:${seg?.id}:${r.from}`,
        `会员分层「${seg?.name}」在 ${day(r.from)} 当周被触达 ${acts.length} 次，超过每周上限 ${m.segWeekly[r.seg]} 次`,
        `Segment "${seg?.name}" is targeted ${acts.length} times in the week of ${day(r.from)}, above its weekly maximum of ${m.segWeekly[r.seg]}`,
      ];
    case 'month.nonworkday_share': {
      const mk = m.monthKey[r.a];
      return [
        `${rule}:${plan?.id}:${mk}`,
        `${mk} 只有 ${r.b - acts.length}/${r.b} 项活动安排在休息日，低于 ${pct(st.nonWorkdayShareMin)}%`,
        `Only ${r.b - acts.length} of ${r.b} activities in ${mk} touch a non-workday, under ${pct(st.nonWorkdayShareMin)}%`,
      ];
    }
    case 'month.preferred_share': {
      const mk = m.monthKey[r.a];
      return [
        `${rule}:${plan?.id}:${mk}`,
        `${mk} 只有 ${r.b - acts.length}/${r.b} 项活动在会员偏好时段，低于 ${pct(st.preferredShareMin)}%`,
        `Only ${r.b - acts.length} of ${r.b} activities in ${mk} are in preferred slots, under ${pct(st.preferredShareMin)}%`,
      ];
    }
    case 'month.min_activities': {
      const mk = m.monthKey[r.a];
      return [
        `${rule}:${plan?.id}:${mk}`,
        `${mk} 仅排了 ${acts.length} 项活动，少于每月 ${st.minActivitiesPerMonth} 项`,
        `${mk} has ${acts.length} activities, fewer than ${st.minActivitiesPerMonth} a month`,
      ];
    }
    case 'budget.month_cap': {
      const mk = m.monthKey[r.a];
      const cap = m.monthCap[r.plan * m.M + r.a];
      return [
        `${rule}:${plan?.id}:${mk}`,
        `${mk} 支出 ${cny(r.b)} 元，超出月度上限 ${cny(cap)} 元`,
        `Spending in ${mk} is ${cny(r.b)} CNY, above the monthly cap of ${cny(cap)} CNY`,
      ];
    }
    case 'plan.backup_share':
      return [
        `${rule}:${plan?.id}`,
        `仅 ${r.b - acts.length}/${r.b} 项活动有备选方案，低于 ${pct(st.backupShareMin)}%`,
        `Only ${r.b - acts.length} of ${r.b} activities have a backup plan, under ${pct(st.backupShareMin)}%`,
      ];
    case 'budget.phase_cap':
      return [
        `${rule}:${plan?.id}:${r.text}`,
        `阶段「${r.text}」支出 ${cny(r.b)} 元，超出上限 ${cny(r.a)} 元`,
        `Phase "${r.text}" spends ${cny(r.b)} CNY, above its cap of ${cny(r.a)} CNY`,
      ];
  }
}
