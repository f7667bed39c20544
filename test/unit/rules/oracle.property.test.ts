import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromNumber, dayNumber } from '../../../src-shared/model/dates';
import { canonicalFindings, MINUTES, naiveDetect, RulesEngine } from '../../../src-shared/rules';
import { arbInput } from './arb-input';

describe('detection equals the naive all-pairs oracle', () => {
  it('on random workspaces', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const ours = canonicalFindings(new RulesEngine(input).findings());
        expect(ours).toEqual(canonicalFindings(naiveDetect(input)));
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it('after incremental moves', () => {
    fc.assert(
      fc.property(
        arbInput,
        fc.array(fc.tuple(fc.nat(29), fc.integer({ min: -10, max: 10 })), { minLength: 1, maxLength: 8 }),
        (generated, moves) => {
          // fast-check replays generated values while shrinking: never mutate them.
          const input = structuredClone(generated);
          const engine = new RulesEngine(structuredClone(input));
          const acts = input.activities;
          for (const [k, delta] of moves) {
            const i = k % acts.length;
            const m = engine.m;
            const to = m.startMin[i] + delta * MINUTES;
            if (to < 0 || m.endMin[i] + delta * MINUTES > m.H * MINUTES) continue;
            engine.moveActivity(i, to);
            const a = acts[i];
            const shift = (v: string) => dayFromNumber(dayNumber(v) + delta) + v.slice(10);
            acts[i] = { ...a, start: shift(a.start), end: shift(a.end) };
          }
          expect(canonicalFindings(engine.findings())).toEqual(canonicalFindings(naiveDetect(input)));
        },
      ),
      { numRuns: 200, seed: 7 },
    );
  });

  it('after incremental moves and end-edge resizes', () => {
    fc.assert(
      fc.property(
        arbInput,
        fc.array(
          fc.tuple(fc.nat(29), fc.integer({ min: -10, max: 10 }), fc.integer({ min: -4, max: 4 }), fc.boolean()),
          { minLength: 1, maxLength: 8 },
        ),
        (generated, edits) => {
          const input = structuredClone(generated);
          const engine = new RulesEngine(structuredClone(input));
          const acts = input.activities;
          for (const [k, delta, grow, byId] of edits) {
            const i = k % acts.length;
            const m = engine.m;
            const a = acts[i];
            // Whole days for all-day activities; 150-minute steps for sessions, so ends cross midnight.
            const unit = a.allDay ? MINUTES : 150;
            const start = m.startMin[i] + delta * MINUTES;
            const len = m.endMin[i] - m.startMin[i] + grow * unit;
            if (start < 0 || len < 1 || start + len > m.H * MINUTES) continue;
            const startAt = minuteString(m.base * MINUTES + start, a.allDay);
            // The end as the activity stores it: an inclusive day, or an exclusive date-time.
            const endAt = minuteString(m.base * MINUTES + start + len - (a.allDay ? MINUTES : 0), a.allDay);
            // Pure resizes also go through the id-and-date form the resize preview uses.
            if (delta === 0 && byId) engine.resizeActivityTo(a.id, endAt);
            else engine.moveActivity(i, start, len);
            acts[i] = { ...a, start: startAt, end: endAt };
          }
          const incremental = canonicalFindings(engine.findings());
          expect(incremental).toEqual(canonicalFindings(new RulesEngine(structuredClone(input)).findings()));
          expect(incremental).toEqual(canonicalFindings(naiveDetect(input)));
        },
      ),
      { numRuns: 200, seed: 11 },
    );
  });
});

/** An absolute minute as YYYY-MM-DD (all-day) or YYYY-MM-DDTHH:mm. */
function minuteString(abs: number, allDay: boolean): string {
  const day = dayFromNumber(Math.floor(abs / MINUTES));
  if (allDay) return day;
  const inDay = abs - Math.floor(abs / MINUTES) * MINUTES;
  const hh = String(Math.floor(inDay / 60)).padStart(2, '0');
  const mm = String(inDay % 60).padStart(2, '0');
  return `${day}T${hh}:${mm}`;
}
