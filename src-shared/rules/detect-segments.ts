import type { CompiledModel } from './compile';
import { raw, ruleOn, type RawFinding } from './raw';

/**
 * Member fatigue on one segment's lane (targets sorted by start day).
 * Min gap: two activities starting fewer than `minGapDays` apart; chains of such pairs form one
 * finding whose amount is the sum of the missing days between neighbours.
 * Weekly maximum: more starts in one Monday-to-Sunday week than `weeklyMax`.
 */
export function checkSegment(
  m: CompiledModel,
  s: number,
  tAct: ArrayLike<number>,
  items: ArrayLike<number>,
  lo: number,
  hi: number,
  out: RawFinding[],
): void {
  const { startDay, endDay } = m;
  const gap = m.segGap[s];
  if (gap > 0 && hi - lo > 1 && ruleOn(m, 'segment.min_gap')) {
    let k = lo;
    while (k < hi - 1) {
      const a0 = tAct[items[k]];
      if (startDay[tAct[items[k + 1]]] - startDay[a0] >= gap) {
        k++;
        continue;
      }
      const acts = [a0];
      let amount = 0;
      let to = endDay[a0];
      while (k < hi - 1) {
        const prev = startDay[tAct[items[k]]];
        const next = tAct[items[k + 1]];
        const delta = startDay[next] - prev;
        if (delta >= gap) break;
        amount += gap - delta;
        acts.push(next);
        if (endDay[next] > to) to = endDay[next];
        k++;
      }
      const from = startDay[a0];
      out.push(raw('segment.min_gap', amount, acts, { seg: s, from, to }));
      k++;
    }
  }
  const max = m.segWeekly[s];
  if (max > 0 && hi - lo > max && ruleOn(m, 'segment.weekly_max')) {
    let k = lo;
    while (k < hi) {
      const week = Math.floor((m.base + startDay[tAct[items[k]]] + 3) / 7);
      let j = k;
      while (j < hi && Math.floor((m.base + startDay[tAct[items[j]]] + 3) / 7) === week) j++;
      if (j - k > max) {
        const acts: number[] = [];
        for (let x = k; x < j; x++) acts.push(tAct[items[x]]);
        const from = week * 7 - 3 - m.base;
        out.push(raw('segment.weekly_max', j - k - max, acts, { seg: s, from, to: from + 6 }));
      }
      k = j;
    }
  }
}
