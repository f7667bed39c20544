import type { CompiledModel } from './compile';
import type { Finding } from './finding';
import { day, makeFinding, ruleOn, titles } from './make-finding';

/**
 * Member fatigue on one segment's lane (targets sorted by start day).
 * Min gap: two activities starting fewer than `minGapDays` apart; chains of such pairs form one
 * finding whose amount is the sum of the missing days between neighbours.
 * Weekly maximum: more starts in one Monday-to-Sunday week than `weeklyMax`.
 */
export function checkSegment(m: CompiledModel, s: number, tAct: ArrayLike<number>, items: ArrayLike<number>, lo: number, hi: number, out: Finding[]): void {
  const { startDay, endDay } = m;
  const name = m.input.segments[s].name;
  const sid = m.input.segments[s].id;
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
      out.push(
        makeFinding(m, {
          rule: 'segment.min_gap',
          key: `segment.min_gap:${sid}:${from}`,
          amount,
          acts,
          segs: [s],
          from,
          to,
          zh: `会员分层「${name}」触达过密：${titles(m, acts, true)} 间隔不足 ${gap} 天`,
          en: `Segment "${name}" is targeted too often: ${titles(m, acts, false)} are less than ${gap} days apart`,
        }),
      );
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
        out.push(
          makeFinding(m, {
            rule: 'segment.weekly_max',
            key: `segment.weekly_max:${sid}:${from}`,
            amount: j - k - max,
            acts,
            segs: [s],
            from,
            to: from + 6,
            zh: `会员分层「${name}」在 ${day(m, from)} 当周被触达 ${j - k} 次，超过每周上限 ${max} 次`,
            en: `Segment "${name}" is targeted ${j - k} times in the week of ${day(m, from)}, above its weekly maximum of ${max}`,
          }),
        );
      }
      k = j;
    }
  }
}
