import { NO_DAY, type CompiledModel } from './compile';
import { raw, ruleOn, type RawFinding } from './raw';

/** Rules that look at one activity at a time: blocked dates, window, lead times, festival, buffer. */
export function checkActivity(m: CompiledModel, i: number, out: RawFinding[]): void {
  const s = m.startDay[i];
  const e = m.endDay[i];
  const H = m.H;
  const lo = Math.max(s, 0);
  const hi = Math.min(e, H - 1);
  if (m.claimOff[i + 1] > m.claimOff[i] && ruleOn(m, 'resource.unavailable')) {
    for (let c = m.claimOff[i]; c < m.claimOff[i + 1]; c++) {
      const r = m.claimRes[c];
      if (!m.resBlockedAny[r]) continue;
      let count = 0;
      let from = 0;
      let to = 0;
      for (let d = lo; d <= hi; d++) {
        if (m.blocked[r * H + d]) {
          if (count++ === 0) from = d;
          to = d;
        }
      }
      if (count > 0) out.push(raw('resource.unavailable', count, i, { res: r, from, to }));
    }
  }
  const p = m.plan[i];
  if (p >= 0 && m.planHasBlackout[p] && ruleOn(m, 'plan.blackout')) {
    let count = 0;
    let from = 0;
    let to = 0;
    for (let d = lo; d <= hi; d++) {
      if (m.blackout[p * H + d]) {
        if (count++ === 0) from = d;
        to = d;
      }
    }
    if (count > 0) out.push(raw('plan.blackout', count, i, { from, to }));
  }
  const wlo = m.winLo[i];
  const whi = m.winHi[i];
  if ((s < wlo || e > whi) && ruleOn(m, 'activity.window')) {
    const len = e - s + 1;
    const outside = Math.min(len, Math.max(0, wlo - s)) + Math.min(len, Math.max(0, e - whi));
    const early = s < wlo;
    out.push(
      raw('activity.window', Math.min(len, outside), i, { from: s, to: e, a: early ? 1 : 0, b: early ? wlo : whi }),
    );
  }
  if (m.actTaskOff[i + 1] > m.actTaskOff[i] && ruleOn(m, 'task.lead_time')) {
    for (let x = m.actTaskOff[i]; x < m.actTaskOff[i + 1]; x++) {
      const k = m.actTasks[x];
      const end = m.taskFixedEnd[k] !== NO_DAY ? m.taskFixedEnd[k] : s + m.taskRelEnd[k];
      const limit = s - m.taskLead[k];
      if (end > limit) out.push(raw('task.lead_time', end - limit, i, { from: limit + 1, to: end, a: k }));
    }
  }
  const fd = m.festDist;
  if (m.festival[i] && fd[0] >= 0 && ruleOn(m, 'festival.window')) {
    let best = 0x7fffffff;
    let at = 0;
    for (let d = lo; d <= hi; d++) {
      if (fd[d] < best) {
        best = fd[d];
        at = d;
      }
    }
    if (best > 0 && best < 0x7fffffff) out.push(raw('festival.window', best, i, { from: s, to: e, a: at }));
  }
  if (p >= 0 && m.planPhOff[p + 1] > m.planPhOff[p] && ruleOn(m, 'phase.buffer')) {
    for (let ph = m.planPhOff[p]; ph < m.planPhOff[p + 1]; ph++) {
      if (s < m.phStart[ph] || s > m.phEnd[ph]) continue;
      const from = Math.max(s, m.phBuf[ph]);
      const to = Math.min(e, m.phEnd[ph]);
      if (to >= from) out.push(raw('phase.buffer', to - from + 1, i, { from, to, a: ph }));
      break;
    }
  }
}

/** Activity A must end `gap` days before B starts. */
export function checkPrecedence(m: CompiledModel, q: number, out: RawFinding[]): void {
  const a = m.precA[q];
  const b = m.precB[q];
  const amount = m.endDay[a] + 1 + m.precGap[q] - m.startDay[b];
  if (amount <= 0 || !ruleOn(m, 'activity.precedence')) return;
  out.push(
    raw('activity.precedence', amount, [a, b], {
      from: Math.min(m.startDay[b], m.endDay[a]),
      to: Math.max(m.startDay[b], m.endDay[a]),
      a: q,
    }),
  );
}

/**
 * Full-detection form of checkActivity: one tight loop per rule over only the activities the
 * rule can hit (claims on resources with blocked dates, plans with blackouts, festival
 * activities, tasks), filing each finding under its activity's scope.
 */
export function checkAllActivities(m: CompiledModel, byAct: RawFinding[][], empty: RawFinding[]): void {
  const file = (i: number, f: RawFinding) => {
    if (byAct[i] === empty) byAct[i] = [f];
    else byAct[i].push(f);
  };
  const H = m.H;
  const { startDay, endDay } = m;
  if (ruleOn(m, 'resource.unavailable')) {
    for (let c = 0; c < m.claimRes.length; c++) {
      const r = m.claimRes[c];
      if (!m.resBlockedAny[r]) continue;
      const i = m.claimAct[c];
      let count = 0;
      let from = 0;
      let to = 0;
      for (let d = Math.max(startDay[i], 0); d <= endDay[i] && d < H; d++) {
        if (m.blocked[r * H + d]) {
          if (count++ === 0) from = d;
          to = d;
        }
      }
      if (count > 0) file(i, raw('resource.unavailable', count, i, { res: r, from, to }));
    }
  }
  const blackout = ruleOn(m, 'plan.blackout');
  const window = ruleOn(m, 'activity.window');
  const festival = m.festDist[0] >= 0 && ruleOn(m, 'festival.window');
  const buffer = m.phPlan.length > 0 && ruleOn(m, 'phase.buffer');
  const { winLo, winHi, plan, planHasBlackout, planPhOff, phStart, phEnd, phBuf, festDist } = m;
  for (let i = 0; i < m.n; i++) {
    const s = startDay[i];
    const e = endDay[i];
    const p = plan[i];
    if (blackout && p >= 0 && planHasBlackout[p]) {
      let count = 0;
      let from = 0;
      let to = 0;
      for (let d = Math.max(s, 0); d <= e && d < H; d++) {
        if (m.blackout[p * H + d]) {
          if (count++ === 0) from = d;
          to = d;
        }
      }
      if (count > 0) file(i, raw('plan.blackout', count, i, { from, to }));
    }
    if (window && (s < winLo[i] || e > winHi[i])) {
      const len = e - s + 1;
      const early = s < winLo[i];
      const outside = Math.min(len, Math.max(0, winLo[i] - s)) + Math.min(len, Math.max(0, e - winHi[i]));
      file(
        i,
        raw('activity.window', Math.min(len, outside), i, {
          from: s,
          to: e,
          a: early ? 1 : 0,
          b: early ? winLo[i] : winHi[i],
        }),
      );
    }
    if (festival && m.festival[i]) {
      let best = 0x7fffffff;
      let at = 0;
      for (let d = Math.max(s, 0); d <= e && d < H; d++) {
        if (festDist[d] < best) {
          best = festDist[d];
          at = d;
        }
      }
      if (best > 0 && best < 0x7fffffff) file(i, raw('festival.window', best, i, { from: s, to: e, a: at }));
    }
    if (buffer && p >= 0) {
      for (let ph = planPhOff[p]; ph < planPhOff[p + 1]; ph++) {
        if (s < phStart[ph] || s > phEnd[ph]) continue;
        const from = Math.max(s, phBuf[ph]);
        const to = Math.min(e, phEnd[ph]);
        if (to >= from) file(i, raw('phase.buffer', to - from + 1, i, { from, to, a: ph }));
        break;
      }
    }
  }
  if (m.T > 0 && ruleOn(m, 'task.lead_time')) {
    for (let k = 0; k < m.T; k++) {
      const i = m.taskAct[k];
      const s = startDay[i];
      const end = m.taskFixedEnd[k] !== NO_DAY ? m.taskFixedEnd[k] : s + m.taskRelEnd[k];
      const limit = s - m.taskLead[k];
      if (end > limit) file(i, raw('task.lead_time', end - limit, i, { from: limit + 1, to: end, a: k }));
    }
  }
}
