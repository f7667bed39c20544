import type { CompiledModel } from './compile';
import { RULE_CODE } from './catalog';
import type { FindingStore } from './finding-store';
import { ruleOn } from './raw';

const MIN_GAP = RULE_CODE['segment.min_gap'];
const WEEKLY_MAX = RULE_CODE['segment.weekly_max'];

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
  out: FindingStore,
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
      out.act(a0);
      let amount = 0;
      let to = endDay[a0];
      while (k < hi - 1) {
        const prev = startDay[tAct[items[k]]];
        const next = tAct[items[k + 1]];
        const delta = startDay[next] - prev;
        if (delta >= gap) break;
        amount += gap - delta;
        out.act(next);
        if (endDay[next] > to) to = endDay[next];
        k++;
      }
      const from = startDay[a0];
      out.emit(MIN_GAP, amount, -1, s, -1, from, to, 0, 0);
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
        for (let x = k; x < j; x++) out.act(tAct[items[x]]);
        const from = week * 7 - 3 - m.base;
        out.emit(WEEKLY_MAX, j - k - max, -1, s, -1, from, from + 6, 0, 0);
      }
      k = j;
    }
  }
}
