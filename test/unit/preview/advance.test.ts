import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src-shared/model';
import { canonicalFindings, type RulesInput } from '../../../src-shared/rules';
import { ScheduleModel } from '../../../src-renderer/src/views/conflicts/schedule-model';
import { PLAN_ID, activity, resource, snapshotOf } from '../../../src-renderer/src/views/conflicts/snapshot-fixture';
import { previewInputFor } from '../../support/preview-input';

const hall = resource('多功能厅', 'venue');
const annex = resource('副厅', 'venue');
const acts = [
  activity(PLAN_ID, '会员沙龙', '2027-04-10', '2027-04-10', [hall]),
  activity(PLAN_ID, 'VIP尊享日', '2027-04-17', '2027-04-18', [hall]),
  activity(PLAN_ID, '副厅包场', '2027-04-10', '2027-04-10', [annex]),
  activity(PLAN_ID, '生日会', '2027-04-12', '2027-04-12', [hall, annex]),
];
const inputOf = () => previewInputFor(snapshotOf(PLAN_ID, acts, [hall, annex]));

/** What an edit's outcome patches into the held input: one activity's timing (or title), the rest kept. */
function moved(input: RulesInput, k: number, days: number, title?: string): RulesInput {
  const activities = input.activities.map((a, i) =>
    i === k ? { ...a, start: addDays(a.start, days), end: addDays(a.end, days), title: title ?? a.title } : a,
  );
  return { ...input, activities };
}

describe('ScheduleModel.advance (the preview follows a drop without compiling again)', () => {
  it('after any sequence of moves and retitles, equals a model compiled from the patched input', () => {
    let advanced = 0;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(3), fc.integer({ min: -6, max: 6 }), fc.boolean()), { maxLength: 12 }),
        (steps) => {
          let input = inputOf();
          let model = new ScheduleModel(input);
          for (const [k, days, retitle] of steps) {
            input = moved(input, k % input.activities.length, days, retitle ? `改名${days}` : undefined);
            // A move that changes the days the model spans cannot be followed: it is compiled again.
            if (model.advance(input)) advanced++;
            else model = new ScheduleModel(input);
            expect(model.input).toBe(input);
            expect(canonicalFindings(model.findings())).toEqual(canonicalFindings(new ScheduleModel(input).findings()));
          }
        },
      ),
      { numRuns: 60 },
    );
    expect(advanced).toBeGreaterThan(100);
  });

  it('refuses a move that changes the days the model spans (a month’s share is clipped to them)', () => {
    const input = inputOf();
    // The earliest activity is 10 April and the plan begins in April: moving it into March widens the span.
    expect(new ScheduleModel(input).advance(moved(input, 2, -10))).toBe(false);
    expect(new ScheduleModel(input).advance(moved(input, 2, 1))).toBe(true);
  });

  it('does not touch the input it was built from', () => {
    const input = inputOf();
    const before = structuredClone(input);
    const model = new ScheduleModel(input);
    expect(model.advance(moved(input, 1, -7, '改名'))).toBe(true);
    expect(input).toEqual(before);
  });

  it('refuses anything but timing and titles: claims, removed activities, settings', () => {
    const input = inputOf();
    const claims = {
      ...input,
      activities: input.activities.map((a, i) => (i === 0 ? { ...a, claims: [] } : a)),
    };
    expect(new ScheduleModel(input).advance(claims)).toBe(false);
    expect(new ScheduleModel(input).advance({ ...input, activities: input.activities.slice(1) })).toBe(false);
    expect(new ScheduleModel(input).advance({ ...input, settings: { ...input.settings } })).toBe(false);
  });

  it('refuses a move beyond the compiled horizon', () => {
    const input = inputOf();
    expect(new ScheduleModel(input).advance(moved(input, 0, 3000))).toBe(false);
  });
});
