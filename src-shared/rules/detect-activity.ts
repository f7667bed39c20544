import { NO_DAY, type CompiledModel } from './compile';
import type { Finding } from './finding';
import { day, makeFinding, resName, ruleOn, title } from './make-finding';

/** Rules that look at one activity at a time: blocked dates, window, lead times, festival, buffer. */
export function checkActivity(m: CompiledModel, i: number, out: Finding[]): void {
  const s = m.startDay[i];
  const e = m.endDay[i];
  const H = m.H;
  const aid = m.input.activities[i].id;
  const t = title(m, i);
  if (ruleOn(m, 'resource.unavailable')) {
    for (let c = m.claimOff[i]; c < m.claimOff[i + 1]; c++) {
      const r = m.claimRes[c];
      let count = 0;
      let from = 0;
      let to = 0;
      for (let d = Math.max(s, 0); d <= e && d < H; d++) {
        if (m.blocked[r * H + d]) {
          if (count++ === 0) from = d;
          to = d;
        }
      }
      if (count > 0) {
        const rn = resName(m, r);
        out.push(
          makeFinding(m, {
            rule: 'resource.unavailable', key: `resource.unavailable:${aid}:${m.input.resources[r].id}`, amount: count, acts: [i], res: [r], from, to,
            zh: `「${t}」使用的资源「${rn}」在 ${day(m, from)} 不可用（共 ${count} 天）`,
            en: `"${t}" uses "${rn}", which is unavailable on ${day(m, from)} (${count} day${count > 1 ? 's' : ''})`,
          }),
        );
      }
    }
  }
  const p = m.plan[i];
  if (p >= 0 && ruleOn(m, 'plan.blackout')) {
    let count = 0;
    let from = 0;
    let to = 0;
    for (let d = Math.max(s, 0); d <= e && d < H; d++) {
      if (m.blackout[p * H + d]) {
        if (count++ === 0) from = d;
        to = d;
      }
    }
    if (count > 0) {
      out.push(
        makeFinding(m, {
          rule: 'plan.blackout', key: `plan.blackout:${aid}`, amount: count, acts: [i], from, to,
          zh: `「${t}」落在方案禁排日 ${day(m, from)}（共 ${count} 天）`,
          en: `"${t}" falls on the plan's blackout date ${day(m, from)} (${count} day${count > 1 ? 's' : ''})`,
        }),
      );
    }
  }
  const lo = m.winLo[i];
  const hi = m.winHi[i];
  if ((s < lo || e > hi) && ruleOn(m, 'activity.window')) {
    const len = e - s + 1;
    const outside = Math.min(len, Math.max(0, lo - s)) + Math.min(len, Math.max(0, e - hi));
    const early = s < lo;
    out.push(
      makeFinding(m, {
        rule: 'activity.window', key: `activity.window:${aid}`, amount: Math.min(len, outside), acts: [i], from: s, to: e,
        zh: early ? `「${t}」早于最早开始日 ${day(m, lo)}` : `「${t}」晚于最晚结束日 ${day(m, hi)}`,
        en: early ? `"${t}" starts before its earliest start ${day(m, lo)}` : `"${t}" ends after its latest end ${day(m, hi)}`,
      }),
    );
  }
  if (m.actTaskOff[i + 1] > m.actTaskOff[i] && ruleOn(m, 'task.lead_time')) {
    for (let x = m.actTaskOff[i]; x < m.actTaskOff[i + 1]; x++) {
      const k = m.actTasks[x];
      const end = m.taskFixedEnd[k] !== NO_DAY ? m.taskFixedEnd[k] : s + m.taskRelEnd[k];
      const limit = s - m.taskLead[k];
      if (end <= limit) continue;
      const task = m.taskRef[k].title;
      out.push(
        makeFinding(m, {
          rule: 'task.lead_time', key: `task.lead_time:${m.taskRef[k].id}`, amount: end - limit, acts: [i], from: limit + 1, to: end,
          zh: `任务「${task}」须在「${t}」开始前 ${m.taskLead[k]} 天完成（${day(m, limit)} 前），现于 ${day(m, end)} 结束`,
          en: `Task "${task}" must finish ${m.taskLead[k]} days before "${t}" starts (by ${day(m, limit)}) but ends ${day(m, end)}`,
        }),
      );
    }
  }
  const fd = m.festDist;
  if (m.festival[i] && fd[0] >= 0 && ruleOn(m, 'festival.window')) {
    let best = 0x7fffffff;
    let at = 0;
    for (let d = Math.max(s, 0); d <= e && d < H; d++) {
      if (fd[d] < best) {
        best = fd[d];
        at = d;
      }
    }
    if (best > 0 && best < 0x7fffffff) {
      const [zh, en] = m.festName[at].split('|');
      out.push(
        makeFinding(m, {
          rule: 'festival.window', key: `festival.window:${aid}`, amount: best, acts: [i], from: s, to: e,
          zh: `节日主题活动「${t}」距最近的节日窗口（${zh}）还差 ${best} 天`,
          en: `Festival activity "${t}" is ${best} days away from the nearest festival window (${en})`,
        }),
      );
    }
  }
  if (p >= 0 && m.planPhOff[p + 1] > m.planPhOff[p] && ruleOn(m, 'phase.buffer')) {
    for (let ph = m.planPhOff[p]; ph < m.planPhOff[p + 1]; ph++) {
      if (s < m.phStart[ph] || s > m.phEnd[ph]) continue;
      const over = Math.min(e, m.phEnd[ph]) - Math.max(s, m.phBuf[ph]) + 1;
      if (over > 0) {
        const name = m.phName[ph];
        out.push(
          makeFinding(m, {
            rule: 'phase.buffer', key: `phase.buffer:${aid}`, amount: over, acts: [i], from: Math.max(s, m.phBuf[ph]), to: Math.min(e, m.phEnd[ph]),
            zh: `「${t}」占用了阶段「${name}」的缓冲时间（${day(m, m.phBuf[ph])} 起）${over} 天`,
            en: `"${t}" takes ${over} day${over > 1 ? 's' : ''} of phase "${name}"'s buffer (from ${day(m, m.phBuf[ph])})`,
          }),
        );
      }
      break;
    }
  }
}

/** Activity A must end `gap` days before B starts. */
export function checkPrecedence(m: CompiledModel, q: number, out: Finding[]): void {
  const a = m.precA[q];
  const b = m.precB[q];
  const amount = m.endDay[a] + 1 + m.precGap[q] - m.startDay[b];
  if (amount <= 0 || !ruleOn(m, 'activity.precedence')) return;
  const ta = title(m, a);
  const tb = title(m, b);
  out.push(
    makeFinding(m, {
      rule: 'activity.precedence', key: `activity.precedence:${m.input.activities[a].id}:${m.input.activities[b].id}`, amount, acts: [a, b],
      from: Math.min(m.startDay[b], m.endDay[a]), to: Math.max(m.startDay[b], m.endDay[a]),
      zh: `「${ta}」须在「${tb}」开始前${m.precGap[q] > 0 ? ` ${m.precGap[q]} 天` : ''}结束，现差 ${amount} 天`,
      en: `"${ta}" must end${m.precGap[q] > 0 ? ` ${m.precGap[q]} days` : ''} before "${tb}" starts; ${amount} day${amount > 1 ? 's' : ''} short`,
    }),
  );
}
